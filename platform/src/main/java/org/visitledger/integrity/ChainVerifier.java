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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Verifies chains against the latest checkpoint (rule INTEGRITY-VERIFY): one visit's, or the whole store's in one
 * pass over the event store in (visit, sequence) order.
 */
public class ChainVerifier {

    private static final int PROGRESS_EVERY = 1_000;
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

    /** Every chain in the store, told to {@code progress} (events verified so far) as it goes. */
    public StoreResult verifyStore(LongConsumer progress) {
        Optional<Checkpoints.CheckedCheckpoint> checkpoint = checkpoints.latestChecked();
        List<String> checkpointFlaws = checkpoints.all().stream().filter(checked -> !checked.authentic())
                .map(checked -> "checkpoint " + checked.checkpoint().id() + ": " + String.join("; ", checked.flaws()))
                .toList();
        Map<String, ChainHead> checkpointHeads = checkpoint.filter(Checkpoints.CheckedCheckpoint::authentic)
                .map(checked -> checked.checkpoint().headsByVisit()).orElse(Map.of());
        Long checkpointId = checkpoint.map(checked -> checked.checkpoint().id()).orElse(null);
        Map<String, Long> lastRecorded = new HashMap<>();
        jdbc.query("SELECT aggregate_identifier, MAX(sequence_number) FROM event_hash GROUP BY aggregate_identifier",
                (RowCallbackHandler) rs -> lastRecorded.put(rs.getString(1), rs.getLong(2)));

        StoreWalk store = new StoreWalk(checkpointHeads, lastRecorded, checkpointId, progress);
        streamStore(store);
        store.finishAll();
        return new StoreResult(checkpoint.orElse(null), checkpointFlaws, store.chains, store.events, store.heads,
                store.broken);
    }

    /**
     * Reads the whole store in (visit, sequence) order on a connection of its own, outside any transaction of the
     * caller's: in a read-only transaction with a fetch size, which PostgreSQL serves through a cursor instead of
     * holding every row in memory.
     */
    private void streamStore(StoreWalk store) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(StoredEvents.SELECT
                    + " ORDER BY e.aggregate_identifier, e.sequence_number")) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        store.row(rs);
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
    }

    /** The walk over the whole store: one {@link ChainWalk} at a time, then the visits no event was seen of. */
    private static final class StoreWalk {

        private final Map<String, ChainHead> checkpointHeads;
        private final Map<String, Long> lastRecorded;
        private final Long checkpointId;
        private final LongConsumer progress;
        private final List<ChainHead> heads = new ArrayList<>();
        private final List<ChainResult> broken = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private String visitId;
        private ChainWalk walk;
        private long chains;
        private long events;

        StoreWalk(Map<String, ChainHead> checkpointHeads, Map<String, Long> lastRecorded, Long checkpointId,
                  LongConsumer progress) {
            this.checkpointHeads = checkpointHeads;
            this.lastRecorded = lastRecorded;
            this.checkpointId = checkpointId;
            this.progress = progress;
        }

        void row(ResultSet rs) throws SQLException {
            StoredEvents.HashedEvent hashed = StoredEvents.ROW.mapRow(rs, 0);
            String aggregate = hashed.event().aggregateIdentifier();
            if (!aggregate.equals(visitId)) {
                finishVisit();
                visitId = aggregate;
                seen.add(aggregate);
                walk = new ChainWalk(aggregate, checkpointHeads.get(aggregate));
            }
            walk.feed(hashed.event(), hashed.recordedHash());
            if (++events % PROGRESS_EVERY == 0) {
                progress.accept(events);
            }
        }

        void finishAll() {
            finishVisit();
            Set<String> unseen = new TreeSet<>(checkpointHeads.keySet());
            unseen.addAll(lastRecorded.keySet());
            unseen.removeAll(seen);
            for (String gone : unseen) {
                visitId = gone;
                walk = new ChainWalk(gone, checkpointHeads.get(gone));
                finishVisit();
            }
            progress.accept(events);
        }

        private void finishVisit() {
            if (walk == null) {
                return;
            }
            ChainResult result = walk.finish(lastRecorded.getOrDefault(visitId, -1L), checkpointId);
            chains++;
            if (result.intact()) {
                heads.add(result.head());
            } else {
                broken.add(result);
            }
            walk = null;
        }
    }
}
