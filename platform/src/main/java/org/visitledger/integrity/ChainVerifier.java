package org.visitledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Verifies chains against the latest checkpoint (rule INTEGRITY-VERIFY): one visit's, or the whole store's in one
 * pass over the event store in (visit, sequence) order.
 */
public class ChainVerifier {

    /** Readers at most, each holding a connection of the pool for the whole run. */
    private static final int MAX_READERS = 4;
    private static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Checkpoints checkpoints;

    public ChainVerifier(DataSource dataSource, Checkpoints checkpoints) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.checkpoints = checkpoints;
    }

    /** The visit's chain verified, or empty if nothing (no event, hash or checkpoint) knows the visit. */
    public Optional<VisitIntegrity> verifyVisit(String visitId) {
        Optional<Checkpoints.CheckedCheckpoint> checkpoint = checkpoints.latestChecked();
        ChainHead checkpointHead = checkpoint.filter(Checkpoints.CheckedCheckpoint::authentic)
                .map(checked -> checked.checkpoint().headsByVisit().get(visitId)).orElse(null);
        Long lastRecorded = jdbc.queryForObject("SELECT MAX(sequence_number) FROM event_hash "
                + "WHERE aggregate_identifier = ?", Long.class, visitId);
        ChainWalk walk = new ChainWalk(visitId, checkpointHead);
        jdbc.query(StoredEvents.SELECT + " WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number",
                (RowCallbackHandler) rs -> {
                    StoredEvents.HashedEvent hashed = StoredEvents.ROW.mapRow(rs, 0);
                    walk.feed(hashed.event(), hashed.recordedHash());
                }, visitId);
        ChainResult result = walk.finish(lastRecorded == null ? -1 : lastRecorded,
                checkpoint.map(checked -> checked.checkpoint().id()).orElse(null));
        if (result.events() == 0 && lastRecorded == null && checkpointHead == null) {
            return Optional.empty();
        }
        return Optional.of(VisitIntegrity.of(result, checkpoint.orElse(null), checkpointHead));
    }

    /**
     * Every chain in the store, told to {@code progress} (events verified so far) as it goes. The store is cut into as
     * many ranges of visits as there are cores, with about as many events each, and the ranges are verified at once,
     * each on a connection of its own: reading the store is the cost, and one reader keeps one core busy.
     */
    public StoreResult verifyStore(LongConsumer progress) {
        return verifyStore(progress, Math.min(MAX_READERS, Runtime.getRuntime().availableProcessors()));
    }

    /** As {@link #verifyStore(LongConsumer)}, with this many readers at most (the benchmark compares them). */
    public StoreResult verifyStore(LongConsumer progress, int readers) {
        // Every checkpoint checked once: the first, the latest, in full (the one the chains are checked against).
        List<Checkpoints.CheckedCheckpoint> everyCheckpoint = checkpoints.all();
        Optional<Checkpoints.CheckedCheckpoint> checkpoint = everyCheckpoint.stream().findFirst();
        List<String> checkpointFlaws = everyCheckpoint.stream().filter(checked -> !checked.authentic())
                .map(checked -> "checkpoint " + checked.checkpoint().id() + ": " + String.join("; ", checked.flaws()))
                .toList();
        Map<String, ChainHead> checkpointHeads = checkpoint.filter(Checkpoints.CheckedCheckpoint::authentic)
                .map(checked -> checked.checkpoint().headsByVisit()).orElse(Map.of());
        Long checkpointId = checkpoint.map(checked -> checked.checkpoint().id()).orElse(null);
        Map<String, Long> lastRecorded = new HashMap<>();
        jdbc.query("SELECT aggregate_identifier, MAX(sequence_number) FROM event_hash GROUP BY aggregate_identifier",
                (RowCallbackHandler) rs -> lastRecorded.put(rs.getString(1), rs.getLong(2)));

        AtomicLong verified = new AtomicLong();
        LongConsumer counted = more -> progress.accept(verified.addAndGet(more));
        List<StoreRanges.Range> ranges = StoreRanges.of(jdbc, readers);
        List<StoreWalk> walks = ranges.stream()
                .map(range -> new StoreWalk(checkpointHeads, lastRecorded, checkpointId, counted)).toList();
        inParallel(ranges, walks);

        StoreWalk all = StoreWalk.merged(walks, checkpointHeads, lastRecorded, checkpointId);
        progress.accept(verified.get());
        return new StoreResult(checkpoint.orElse(null), checkpointFlaws, all.chains(), all.events(), all.heads(),
                all.broken());
    }

    private void inParallel(List<StoreRanges.Range> ranges, List<StoreWalk> walks) {
        ExecutorService readers = Executors.newFixedThreadPool(ranges.size(), runnable -> {
            Thread thread = new Thread(runnable, "integrity-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                StoreRanges.Range range = ranges.get(i);
                StoreWalk walk = walks.get(i);
                running.add(readers.submit(() -> streamRange(range, walk)));
            }
            for (Future<?> reader : running) {
                reader.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("cannot read the event store", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying the store", e);
        } finally {
            readers.shutdownNow();
        }
    }

    /**
     * Reads one range of the store in (visit, sequence) order on a connection of its own, outside any transaction of
     * the caller's: in a read-only transaction with a fetch size, which PostgreSQL serves through a cursor instead of
     * holding every row in memory.
     */
    private void streamRange(StoreRanges.Range range, StoreWalk walk) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(StoredEvents.SELECT + range.where()
                    + " ORDER BY e.aggregate_identifier, e.sequence_number")) {
                range.bind(statement);
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        StoredEvents.HashedEvent hashed = StoredEvents.ROW.mapRow(rs, 0);
                        walk.feed(hashed.event(), hashed.recordedHash());
                    }
                }
                walk.finishVisit();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
    }
}
