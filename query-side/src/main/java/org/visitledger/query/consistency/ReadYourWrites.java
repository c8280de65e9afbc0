package org.visitledger.query.consistency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.visitledger.problems.Problems;
import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.security.ProviderScope;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * docs/api.md "Reads": with {@code X-Min-Version: N} a read waits up to 5 seconds until its read model has applied
 * version N of the visit, and is not being replayed; then it answers 503 with Retry-After.
 * <p>
 * Only a visit that exists and that the caller may see is waited for; any other is answered at once, as the read
 * would answer it without the header (404, or an empty list). Waiting for another provider's visit told a provider
 * that it existed and, by timing, its version (issue 19, defect 3). A user may hold a few waits at a time; past
 * them a read with the header is 429.
 */
@Component
public class ReadYourWrites {

    public static final String HEADER = "X-Min-Version";
    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    /** Waits one user may hold at once: a client waits for its own last write, not for many. */
    static final int WAITS_PER_USER = 4;
    private static final Duration POLL = Duration.ofMillis(20);

    private final JdbcTemplate jdbc;
    private final ProviderScope providerScope;
    private final ReadModelTables tables;
    private final Map<String, Semaphore> waitsByUser = new ConcurrentHashMap<>();

    public ReadYourWrites(JdbcTemplate jdbc, ProviderScope providerScope, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.providerScope = providerScope;
        this.tables = tables;
    }

    /** Returns once {@code processingGroup} has applied {@code minVersion} of the visit (no-op when null). */
    public void await(String processingGroup, String visitId, Long minVersion) {
        if (minVersion == null) {
            return;
        }
        if (visitId == null) {
            throw Problems.thrown(Problems.invalid("visitId", "required with X-Min-Version"));
        }
        if (!providerScope.seesExistingVisit(visitId)) {
            return;
        }
        Semaphore waits = waitsByUser.computeIfAbsent(user(), u -> new Semaphore(WAITS_PER_USER));
        if (!waits.tryAcquire()) {
            ErrorResponseException tooMany = Problems.thrown(HttpStatus.TOO_MANY_REQUESTS, "too-many-waits",
                    "Too many waiting reads", "At most " + WAITS_PER_USER + " reads with " + HEADER
                            + " may wait at once for one user");
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            throw tooMany;
        }
        try {
            waitFor(processingGroup, visitId, minVersion);
        } finally {
            waits.release();
        }
    }

    private void waitFor(String processingGroup, String visitId, long minVersion) {
        Instant giveUp = Instant.now().plus(MAX_WAIT);
        // During a replay readers are served the snapshot taken when it began, which no later write reaches: a read
        // that must see a write waits until the rebuilt tables are served again.
        while (appliedVersion(processingGroup, visitId) < minVersion || tables.servesSnapshotOf(processingGroup)) {
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

    private static String user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
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
