package org.visitledger.persistence;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.visitledger.erasure.PersonalData;
import org.visitledger.integrity.EventChain;
import org.visitledger.settings.VisitLedgerProperties;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The event store: Axon's embedded event store over its JDBC storage engine, on the tables Flyway creates
 * ({@code domain_event_entry}, {@code snapshot_event_entry}), with two settings open to configuration
 * (visit-ledger.event-store.*, {@link VisitLedgerProperties.EventStore}). The engine also writes each visit's hash
 * chain ({@link ChainingEventStorageEngine}).
 * <p>
 * JDBC rather than Axon's JPA engine (issue 24): the rows and their bytes are the same, but without Hibernate the
 * application starts in about half the time, loads some 4,000 fewer classes and spends less per append.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** The tables' snake_case names, as the JPA engine's naming gave them (Axon's JDBC default is camelCase). */
    static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeys();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration, ConnectionProvider connections,
                                                 TransactionManager transactionManager,
                                                 VisitLedgerProperties properties, EventChain chain,
                                                 PersonalData personalData, DataSource dataSource) {
        JdbcEventStorageEngine.Builder engine = JdbcEventStorageEngine.builder()
                .batchSize(properties.eventStore().batchSize())
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactionManager)
                .dataType(byte[].class)
                .schema(SCHEMA);
        if (TrackedEventsWithGaps.helps(dataSource)) {
            engine.readEventDataWithGaps(new TrackedEventsWithGaps());
        }
        return ChainingEventStorageEngine.of(engine, properties.integrity().hashChain() ? chain : null, personalData);
    }

    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                         VisitLedgerProperties properties) {
        Duration fetchDelay = properties.eventStore().fetchDelay();
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }
}
