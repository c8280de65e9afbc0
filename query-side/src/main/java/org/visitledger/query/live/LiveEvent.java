package org.visitledger.query.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored event as the live stream tells it: where it stands in the store ({@code position}, the stream's event
 * id), the visit, the visit's version it made, its type and when it was recorded. No payload: a listener reads the
 * visit again, through the API and its redactions.
 */
record LiveEvent(long position, String visitId, long version, String type, Instant recordedAt, Instant seenAt) {

    static LiveEvent of(ResultSet row) throws SQLException {
        String payloadType = row.getString("payload_type");
        return new LiveEvent(row.getLong("global_index"), row.getString("aggregate_identifier"),
                row.getLong("sequence_number"), payloadType.substring(payloadType.lastIndexOf('.') + 1),
                Instant.parse(row.getString("time_stamp")), Instant.now());
    }

    /** The stream's {@code data}. */
    Map<String, Object> message() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("visitId", visitId);
        message.put("version", version);
        message.put("type", type);
        message.put("recordedAt", recordedAt.toString());
        return message;
    }
}
