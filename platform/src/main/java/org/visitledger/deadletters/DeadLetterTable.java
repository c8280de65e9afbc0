package org.visitledger.deadletters;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;

/**
 * The one table of every processor's dead letters (read models and processes), {@code dead_letter}: Axon's JDBC
 * dead-letter queue under the project's snake_case names. The platform's migration creates it
 * ({@code db/migration/platform}), which both sides run.
 */
public final class DeadLetterTable {

    public static final String NAME = "dead_letter";

    /** Far above what a store should ever park: when full, processing stops (as without a queue) rather than skip. */
    private static final int MAX_PARKED_SEQUENCES = 100_000;
    private static final int MAX_PARKED_EVENTS_PER_SEQUENCE = 100_000;

    private DeadLetterTable() {
    }

    /** Axon's JDBC queue of {@code processor}'s dead letters in this table. */
    public static JdbcSequencedDeadLetterQueue<EventMessage<?>> queue(String processor, Configuration configuration,
                                                                      ConnectionProvider connections) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processor)
                .connectionProvider(connections)
                .transactionManager(configuration.getComponent(TransactionManager.class))
                .schema(schema())
                .genericSerializer(configuration.serializer())
                .eventSerializer(configuration.eventSerializer())
                .maxSequences(MAX_PARKED_SEQUENCES)
                .maxSequenceSize(MAX_PARKED_EVENTS_PER_SEQUENCE)
                .build();
    }

    private static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(NAME)
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
