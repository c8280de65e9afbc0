package org.visitledger.integrity;

import org.springframework.jdbc.core.RowMapper;

/** How the chain's readers select stored events with their recorded hashes (null where none is recorded). */
final class StoredEvents {

    /** Events joined with their recorded hashes; append a WHERE and an ORDER BY. */
    static final String SELECT = "SELECT e.global_index, e.aggregate_identifier, e.sequence_number, "
            + "e.event_identifier, e.type, e.payload_type, e.payload_revision, e.time_stamp, e.meta_data, e.payload, "
            + "h.event_hash FROM domain_event_entry e LEFT JOIN event_hash h "
            + "ON h.aggregate_identifier = e.aggregate_identifier AND h.sequence_number = e.sequence_number";

    static final RowMapper<HashedEvent> ROW = (rs, row) -> new HashedEvent(new StoredEvent(rs.getLong(1),
            rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getBytes(9), rs.getBytes(10)), rs.getBytes(11));

    private StoredEvents() {
    }

    /** A stored event and the hash recorded for it (null if none). */
    record HashedEvent(StoredEvent event, byte[] recordedHash) {
    }
}
