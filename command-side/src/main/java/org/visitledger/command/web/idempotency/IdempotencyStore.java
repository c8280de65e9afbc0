package org.visitledger.command.web.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency keys in the database (docs/api.md, "Commands": remembered for at least 24 hours, surviving a restart, shared
 * by every command-side instance). A key is reserved before the command runs, so a concurrent repeat
 * cannot run it twice.
 */
@Component
public class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reserves the key for this request; empty if reserved, else what is stored under it already. */
    Optional<StoredResponse> reserve(String principal, String key, String fingerprint) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM idempotency_key WHERE principal = ? AND idem_key = ? AND expires_at < ?",
                principal, key, Timestamp.from(now));
        try {
            jdbc.update("INSERT INTO idempotency_key (principal, idem_key, fingerprint, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?)", principal, key, fingerprint, Timestamp.from(now),
                    Timestamp.from(now.plus(RETENTION)));
            return Optional.empty();
        } catch (DuplicateKeyException alreadyThere) {
            List<StoredResponse> stored = jdbc.query("SELECT fingerprint, status, content_type, etag, location, body "
                    + "FROM idempotency_key WHERE principal = ? AND idem_key = ?", (rs, n) -> new StoredResponse(
                    rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBytes(6)), principal, key);
            return stored.stream().findFirst().or(() -> reserve(principal, key, fingerprint));
        }
    }

    void complete(String principal, String key, StoredResponse response) {
        jdbc.update("UPDATE idempotency_key SET status = ?, content_type = ?, etag = ?, location = ?, body = ? "
                        + "WHERE principal = ? AND idem_key = ?", response.status(), response.contentType(),
                response.etag(), response.location(), response.body(), principal, key);
    }

    /** The first request failed on the server's side: free the key so that a retry can run. */
    void release(String principal, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE principal = ? AND idem_key = ? AND status IS NULL",
                principal, key);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetExpired() {
        jdbc.update("DELETE FROM idempotency_key WHERE expires_at < ?", Timestamp.from(clock.instant()));
    }
}
