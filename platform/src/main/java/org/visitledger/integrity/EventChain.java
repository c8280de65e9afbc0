package org.visitledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the hash chain (rule INTEGRITY-HASH-CHAIN): the link of every event the event store appends, in the
 * transaction that appends it, so that an event is never stored without its hash nor a hash without its event.
 * <p>
 * A visit with no recorded hash at all was stored before the chain existed: its events are linked (sealed) as they
 * are, at its first new event or by {@link #sealUnchained()}. A visit whose chain exists but lacks the previous event's
 * hash has been tampered with: the new event is linked onto the stored events, and the missing hash stays missing for
 * the verification to report.
 */
public class EventChain {

    /**
     * A hash already recorded for the sequence number stays: it is evidence (of an event deleted from the end of a
     * visit, whose number the next event takes again), and the verification reports the event that does not give it.
     */
    private static final String INSERT = "INSERT INTO event_hash (aggregate_identifier, sequence_number, event_hash) "
            + "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM event_hash "
            + "WHERE aggregate_identifier = ? AND sequence_number = ?)";

    /** Heads of recently appended chains this process has committed: most commands follow the visit's last. */
    private static final int HEADS_KEPT = 10_000;

    private final JdbcTemplate jdbc;
    private final Map<String, ChainHead> committedHeads = Collections.synchronizedMap(
            new LinkedHashMap<>(1_024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ChainHead> eldest) {
                    return size() > HEADS_KEPT;
                }
            });

    public EventChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Links the events just appended (in the caller's transaction), in their order. */
    public void link(List<StoredEvent> appended) {
        Map<String, List<StoredEvent>> byAggregate = new LinkedHashMap<>();
        appended.forEach(event -> byAggregate.computeIfAbsent(event.aggregateIdentifier(), a -> new ArrayList<>())
                .add(event));
        List<Object[]> rows = new ArrayList<>(appended.size());
        List<ChainHead> heads = new ArrayList<>(byAggregate.size());
        byAggregate.forEach((aggregate, events) -> {
            byte[] previous = previousHash(aggregate, events.get(0).sequenceNumber());
            for (StoredEvent event : events) {
                previous = ChainHash.link(event, previous);
                rows.add(row(aggregate, event.sequenceNumber(), previous));
            }
            heads.add(new ChainHead(aggregate, events.get(events.size() - 1).sequenceNumber(), previous));
        });
        jdbc.batchUpdate(INSERT, rows);
        rememberOnceCommitted(heads);
    }

    /**
     * Keeps the new heads for the visits' next events, once (and only if) their transaction commits. A kept head is
     * used only for the event right after it: any other append (by another instance) makes it not match, and the
     * hash is read from the table again. The unique sequence numbers of the event store make a kept head the only
     * possible previous event.
     */
    private void rememberOnceCommitted(List<ChainHead> heads) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                heads.forEach(head -> committedHeads.put(head.visitId(), head));
            }
        });
    }

    /**
     * Forgets the heads kept from this process's commits, as a restart does: the next event of every visit then reads
     * its previous hash from the table. For tests that rewrite the table behind the process's back, as an older
     * build's store looks.
     */
    public void forgetCommittedHeads() {
        committedHeads.clear();
    }

    /**
     * Seals every visit stored before the chain existed (no hash recorded for any of its events), one visit per call
     * of {@code perVisit}, which should run it in a transaction of its own. Answers how many visits it sealed.
     */
    public int sealUnchained(Consumer<Runnable> perVisit) {
        List<String> unchained = jdbc.queryForList("SELECT DISTINCT e.aggregate_identifier FROM domain_event_entry e "
                + "WHERE NOT EXISTS (SELECT 1 FROM event_hash h WHERE h.aggregate_identifier = e.aggregate_identifier)",
                String.class);
        unchained.forEach(aggregate -> perVisit.accept(() -> {
            if (!hasChain(aggregate)) {
                walk(aggregate, Long.MAX_VALUE, true);
            }
        }));
        return unchained.size();
    }

    private static Object[] row(String aggregate, long sequenceNumber, byte[] hash) {
        return new Object[]{aggregate, sequenceNumber, hash, aggregate, sequenceNumber};
    }

    private byte[] previousHash(String aggregate, long sequenceNumber) {
        if (sequenceNumber == 0) {
            return ChainHash.genesis();
        }
        ChainHead kept = committedHeads.get(aggregate);
        if (kept != null && kept.sequence() == sequenceNumber - 1) {
            return kept.hash();
        }
        List<byte[]> recorded = jdbc.query("SELECT event_hash FROM event_hash "
                + "WHERE aggregate_identifier = ? AND sequence_number = ?", (rs, row) -> rs.getBytes(1), aggregate,
                sequenceNumber - 1);
        if (!recorded.isEmpty()) {
            return recorded.get(0);
        }
        return walk(aggregate, sequenceNumber - 1, !hasChain(aggregate));
    }

    private boolean hasChain(String aggregate) {
        return !jdbc.queryForList("SELECT sequence_number FROM event_hash WHERE aggregate_identifier = ? "
                + "FETCH FIRST 1 ROWS ONLY", Long.class, aggregate).isEmpty();
    }

    /** The chain over the stored events up to {@code upTo}; with {@code record}, writes the hashes that are missing. */
    private byte[] walk(String aggregate, long upTo, boolean record) {
        List<StoredEvents.HashedEvent> stored = jdbc.query(StoredEvents.SELECT
                + " WHERE e.aggregate_identifier = ? AND e.sequence_number <= ? ORDER BY e.sequence_number",
                StoredEvents.ROW, aggregate, upTo);
        byte[] previous = ChainHash.genesis();
        List<Object[]> rows = new ArrayList<>();
        for (StoredEvents.HashedEvent hashed : stored) {
            byte[] hash = ChainHash.link(hashed.event(), previous);
            if (hashed.recordedHash() == null && record) {
                StoredEvent event = hashed.event();
                rows.add(row(aggregate, event.sequenceNumber(), hash));
            }
            previous = hash;
        }
        jdbc.batchUpdate(INSERT, rows);
        return previous;
    }
}
