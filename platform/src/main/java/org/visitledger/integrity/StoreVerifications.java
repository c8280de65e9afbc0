package org.visitledger.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Verifications of the whole store, each recorded with its progress and result (rule INTEGRITY-VERIFY). One runs at a
 * time in a process; asked with a checkpoint, a verification that finds the store intact records one
 * (rule INTEGRITY-CHECKPOINT): a checkpoint vouches only for a store that verified.
 */
public class StoreVerifications {

    static final int LISTED = 100;
    private static final Logger LOG = LoggerFactory.getLogger(StoreVerifications.class);
    private static final Duration PROGRESS_WRITES = Duration.ofSeconds(1);
    /** A running verification not heard of for this long was stopped with its process. */
    private static final Duration SILENT = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final ChainVerifier verifier;
    private final Checkpoints checkpoints;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "integrity-verification");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> running = new AtomicReference<>();

    public StoreVerifications(JdbcTemplate jdbc, ChainVerifier verifier, Checkpoints checkpoints, Clock clock) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** Starts a verification in the background; empty if one is already running in this process. */
    public Optional<Verification> start(String requestedBy, boolean checkpoint) {
        String id = UUID.randomUUID().toString();
        if (!running.compareAndSet(null, id)) {
            return Optional.empty();
        }
        try {
            begin(id, requestedBy, checkpoint);
            runner.execute(() -> run(id, requestedBy, checkpoint));
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        return find(id);
    }

    /**
     * Runs a verification here and now (the daily checkpoint), once the one running in this process (if any) has
     * finished; answers it, finished.
     */
    public Verification runNow(String requestedBy, boolean checkpoint) {
        String id = UUID.randomUUID().toString();
        while (!running.compareAndSet(null, id)) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a running verification", e);
            }
        }
        try {
            begin(id, requestedBy, checkpoint);
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        run(id, requestedBy, checkpoint);
        return find(id).orElseThrow();
    }

    /** Stops the background runner with the application. */
    public void close() {
        runner.shutdownNow();
    }

    /** The verification running in this process, if any. */
    public Optional<String> runningHere() {
        return Optional.ofNullable(running.get());
    }

    public Optional<Verification> find(String id) {
        return jdbc.query(SELECT + " WHERE verification_id = ?", this::row, id).stream().findFirst();
    }

    public List<Verification> recent(int limit) {
        return jdbc.query(SELECT + " ORDER BY requested_at DESC FETCH FIRST " + limit + " ROWS ONLY", this::row);
    }

    private void begin(String id, String requestedBy, boolean checkpoint) {
        Instant now = clock.instant();
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        jdbc.update("INSERT INTO integrity_verification (verification_id, requested_by, requested_at, updated_at, "
                        + "status, checkpoint_requested, events_total, events_verified, chains_verified, chains_broken) "
                        + "VALUES (?, ?, ?, ?, 'RUNNING', ?, ?, 0, 0, 0)",
                id, requestedBy, Timestamp.from(now), Timestamp.from(now), checkpoint, total);
    }

    private void run(String id, String requestedBy, boolean checkpoint) {
        try {
            ProgressWriter progress = new ProgressWriter(id);
            StoreResult result = verifier.verifyStore(progress::accept);
            finish(id, result, checkpoint ? checkpointOf(result, requestedBy) : null);
        } catch (RuntimeException e) {
            LOG.error("Verification {} of the event store could not finish", id, e);
            record(id, "FAILED", null, null, new Verification.Findings(List.of(), List.of(String.valueOf(e))));
        } finally {
            running.compareAndSet(id, null);
        }
    }

    private CheckpointOutcome checkpointOf(StoreResult result, String requestedBy) {
        if (!result.intact()) {
            return new CheckpointOutcome(null, "no checkpoint was made: the store did not verify");
        }
        if (!checkpoints.key().present()) {
            return new CheckpointOutcome(null, "no checkpoint was made: " + checkpoints.key().missing());
        }
        Checkpoint made = checkpoints.record(result.heads(), result.events(), clock.instant().toString(), requestedBy);
        return new CheckpointOutcome(made.id(), null);
    }

    private void finish(String id, StoreResult result, CheckpointOutcome checkpoint) {
        List<Verification.BrokenChain> broken = result.broken().stream().limit(LISTED)
                .map(chain -> new Verification.BrokenChain(chain.visitId(), chain.firstBrokenLink().sequence(),
                        chain.firstBrokenLink().problem(), chain.firstBrokenLink().detail())).toList();
        List<String> notes = new ArrayList<>(result.checkpointFlaws());
        if (checkpoint != null && checkpoint.note() != null) {
            notes.add(checkpoint.note());
        }
        if (!result.intact()) {
            LOG.error("The event store did not verify: {} broken chain(s), first {}; {}", result.broken().size(),
                    broken.isEmpty() ? "none" : broken.get(0), notes);
        }
        jdbc.update("UPDATE integrity_verification SET events_verified = ?, chains_verified = ?, chains_broken = ? "
                        + "WHERE verification_id = ?", result.events(), result.chains(), result.broken().size(), id);
        record(id, result.intact() ? "VERIFIED" : "BROKEN",
                result.checkpoint() == null ? null : result.checkpoint().checkpoint().id(),
                checkpoint == null ? null : checkpoint.id(), new Verification.Findings(broken, notes));
    }

    private void record(String id, String status, Long checkedAgainst, Long checkpointMade,
                        Verification.Findings findings) {
        Instant now = clock.instant();
        jdbc.update("UPDATE integrity_verification SET status = ?, checked_against = ?, checkpoint_made = ?, "
                        + "broken = ?, updated_at = ?, finished_at = ? WHERE verification_id = ?", status,
                checkedAgainst, checkpointMade, JSON.writeValueAsBytes(findings), Timestamp.from(now),
                Timestamp.from(now), id);
    }

    private static final String SELECT = "SELECT verification_id, requested_by, requested_at, updated_at, "
            + "finished_at, status, checkpoint_requested, checked_against, checkpoint_made, events_total, "
            + "events_verified, chains_verified, chains_broken, broken FROM integrity_verification";

    private Verification row(ResultSet rs, int row) throws SQLException {
        Instant updated = rs.getTimestamp(4).toInstant();
        String status = rs.getString(6);
        if (status.equals("RUNNING") && updated.plus(SILENT).isBefore(clock.instant())) {
            status = "INTERRUPTED";
        }
        long total = rs.getLong(10);
        long verified = rs.getLong(11);
        byte[] findingsJson = rs.getBytes(14);
        Verification.Findings findings = findingsJson == null ? new Verification.Findings(List.of(), List.of())
                : JSON.readValue(findingsJson, Verification.Findings.class);
        Timestamp finished = rs.getTimestamp(5);
        int progress = total == 0 ? (finished == null ? 0 : 100) : (int) Math.min(100, verified * 100 / total);
        return new Verification(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), updated,
                finished == null ? null : finished.toInstant(), status, rs.getBoolean(7), nullable(rs, 8),
                nullable(rs, 9), total, verified, progress, rs.getLong(12), rs.getLong(13), findings.broken(),
                findings.notes());
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private record CheckpointOutcome(Long id, String note) {
    }

    /** Writes the events verified so far at most once a second, so that a reader elsewhere sees it move. */
    private final class ProgressWriter {

        private final String id;
        private Instant lastWritten = Instant.MIN;

        ProgressWriter(String id) {
            this.id = id;
        }

        synchronized void accept(long events) {
            Instant now = clock.instant();
            if (lastWritten.plus(PROGRESS_WRITES).isBefore(now)) {
                jdbc.update("UPDATE integrity_verification SET events_verified = ?, updated_at = ? "
                        + "WHERE verification_id = ?", events, Timestamp.from(now), id);
                lastWritten = now;
            }
        }
    }
}
