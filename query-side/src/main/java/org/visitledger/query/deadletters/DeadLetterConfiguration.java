package org.visitledger.query.deadletters;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.query.writing.BatchCommit;

import javax.sql.DataSource;

/**
 * Every read model gets Axon's sequenced dead-letter queue (JDBC, table {@code dead_letter}): an event it cannot
 * apply parks its own visit's events, in order, and every other visit flows on. The sequence is the visit, as the
 * processors' sequencing policy (per aggregate) has it. A parked visit's later events queue behind the parked ones
 * until an administrator retries or evicts them ({@link DeadLetters}).
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    static final String TABLE = "dead_letter";

    /** Far above what a store should ever park: when full, processing stops (as without a queue) rather than skip. */
    private static final int MAX_PARKED_VISITS = 100_000;
    private static final int MAX_PARKED_EVENTS_PER_VISIT = 100_000;

    @Bean
    public ConfigurerModule readModelDeadLetterQueues(ReadModelTables tables, ConnectionProvider connections,
                                                      JdbcTemplate jdbc, DataSource dataSource) {
        return configurer -> {
            for (String readModel : tables.readModels()) {
                configurer.eventProcessing()
                        .registerDeadLetterQueue(readModel, configuration -> new ParkedSequences(
                                JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                        .processingGroup(readModel)
                                        .connectionProvider(connections)
                                        .transactionManager(configuration.getComponent(TransactionManager.class))
                                        .schema(schema())
                                        .genericSerializer(configuration.serializer())
                                        .eventSerializer(configuration.eventSerializer())
                                        .maxSequences(MAX_PARKED_VISITS)
                                        .maxSequenceSize(MAX_PARKED_EVENTS_PER_VISIT)
                                        .build(),
                                jdbc, readModel))
                        .registerDeadLetterPolicy(readModel, configuration -> new ParkingPolicy(jdbc))
                        // A replay rebuilds the read model from nothing: what was parked is applied again or parked again.
                        .registerDeadLetteringEventHandlerInvokerConfiguration(readModel, (configuration, invoker) ->
                                invoker.transactionManager(new SavepointTransactions(
                                        configuration.getComponent(TransactionManager.class), dataSource))
                                        .allowReset(true))
                        .registerHandlerInterceptor(readModel, configuration -> {
                            VisitParking parking = new VisitParking(readModel, () -> configuration
                                    .eventProcessingConfiguration().deadLetterQueue(readModel).orElseThrow());
                            return (unitOfWork, chain) -> {
                                if (BatchCommit.inBatch()) {
                                    BatchCommit.parkFailingVisitsIn(parking);
                                }
                                return chain.proceed();
                            };
                        });
            }
        };
    }

    /** Axon's columns under the project's snake_case names (Flyway creates the table). */
    static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(TABLE)
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
