package org.visitledger.query.consistency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.visitledger.problems.Problems;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * docs/api.md "Reads": with {@code X-Min-Version: N} a read waits up to 5 seconds until its read model has applied
 * version N of the visit; then it answers 503 with Retry-After.
 */
@Component
public class ReadYourWrites {

    public static final String HEADER = "X-Min-Version";
    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(20);

    private final JdbcTemplate jdbc;

    public ReadYourWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns once {@code processingGroup} has applied {@code minVersion} of the visit (no-op when null). */
    public void await(String processingGroup, String visitId, Long minVersion) {
        if (minVersion == null) {
            return;
        }
        if (visitId == null) {
            throw Problems.thrown(Problems.invalid("visitId", "required with X-Min-Version"));
        }
        Instant giveUp = Instant.now().plus(MAX_WAIT);
        while (appliedVersion(processingGroup, visitId) < minVersion) {
            if (Instant.now().isAfter(giveUp)) {
                ErrorResponseException notYet = Problems.thrown(HttpStatus.SERVICE_UNAVAILABLE, "read-model-behind",
                        "Read model not yet up to date",
                        "The read model has not yet caught up with version " + minVersion + " of visit " + visitId);
                notYet.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
                throw notYet;
            }
            sleep();
        }
    }

    private long appliedVersion(String processingGroup, String visitId) {
        List<Long> versions = jdbc.queryForList("SELECT version FROM read_model_version "
                + "WHERE processing_group = ? AND visit_id = ?", Long.class, processingGroup, visitId);
        return versions.isEmpty() ? -1 : versions.get(0);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read model", e);
        }
    }
}
