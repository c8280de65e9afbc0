package org.visitledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static final String INSERT = "INSERT INTO event_hash "
            + "(aggregate_identifier, sequence_number, event_hash) VALUES (?, ?, ?)";

    private final JdbcTemplate jdbc;

    public EventChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Links the events just appended (in the caller's transaction), in their order. */
    public void link(List<StoredEvent> appended) {
        Map<String, List<StoredEvent>> byAggregate = new LinkedHashMap<>();
        appended.forEach(event -> byAggregate.computeIfAbsent(event.aggregateIdentifier(), a -> new ArrayList<>())
                .add(event));
        List<Object[]> rows = new ArrayList<>(appended.size());
        byAggregate.forEach((aggregate, events) -> {
            byte[] previous = previousHash(aggregate, events.get(0).sequenceNumber());
            for (StoredEvent event : events) {
                previous = ChainHash.link(event, previous);
                rows.add(new Object[]{aggregate, event.sequenceNumber(), previous});
            }
        });
        jdbc.batchUpdate(INSERT, rows);
    }

    /**
     * Seals every visit stored before the chain existed (no hash recorded for any of its events), one visit per call
     * of {@code perVisit}, which should run it in a transaction of its own. Answers how many visits it sealed.
     */
    public int sealUnchained(java.util.function.Consumer<Runnable> perVisit) {
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

    private byte[] previousHash(String aggregate, long sequenceNumber) {
        if (sequenceNumber == 0) {
            return ChainHash.genesis();
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
                rows.add(new Object[]{aggregate, event.sequenceNumber(), hash});
            }
            previous = hash;
        }
        jdbc.batchUpdate(INSERT, rows);
        return previous;
    }
}
