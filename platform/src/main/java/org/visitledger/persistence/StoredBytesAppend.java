package org.visitledger.persistence;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.visitledger.integrity.StoredEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The insert of appended events as Axon's JDBC engine sends it (one batched statement, the same columns and values),
 * which also keeps, for the appending thread, every row exactly as it binds it: the hash chain is taken from the
 * very bytes and time stamp text stored ({@link ChainingEventStorageEngine}).
 */
final class StoredBytesAppend implements AppendEventsStatementBuilder {

    private final ThreadLocal<List<StoredEvent>> bound = new ThreadLocal<>();

    /** Starts keeping the rows this thread's next statement binds; the list fills as it is built. */
    List<StoredEvent> keepRows() {
        List<StoredEvent> rows = new ArrayList<>();
        bound.set(rows);
        return rows;
    }

    void stopKeeping() {
        bound.remove();
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        String sql = "INSERT INTO " + schema.domainEventTable() + " (" + String.join(", ",
                schema.eventIdentifierColumn(), schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(),
                schema.typeColumn(), schema.timestampColumn(), schema.payloadTypeColumn(),
                schema.payloadRevisionColumn(), schema.payloadColumn(), schema.metaDataColumn())
                + ") VALUES (?,?,?,?,?,?,?,?,?)";
        PreparedStatement insert = connection.prepareStatement(sql);
        List<StoredEvent> rows = bound.get();
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = EventUtils.asDomainEventMessage(message);
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
            // The column is text: the time stamp is stored as ISO-8601, as Axon's own writer does.
            String timeStamp = DateTimeUtils.formatInstant(event.getTimestamp());
            insert.setString(1, event.getIdentifier());
            insert.setString(2, event.getAggregateIdentifier());
            insert.setLong(3, event.getSequenceNumber());
            insert.setString(4, event.getType());
            insert.setString(5, timeStamp);
            insert.setString(6, payload.getType().getName());
            insert.setString(7, payload.getType().getRevision());
            insert.setBytes(8, payload.getData());
            insert.setBytes(9, metaData.getData());
            insert.addBatch();
            if (rows != null) {
                rows.add(new StoredEvent(-1, event.getAggregateIdentifier(), event.getSequenceNumber(),
                        event.getIdentifier(), event.getType(), payload.getType().getName(),
                        payload.getType().getRevision(), timeStamp, metaData.getData(), payload.getData()));
            }
        }
        return insert;
    }
}
