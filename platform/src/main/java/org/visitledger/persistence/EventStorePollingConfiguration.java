package org.visitledger.persistence;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.visitledger.erasure.PersonalData;
import org.visitledger.integrity.EventChain;
import org.visitledger.settings.VisitLedgerProperties;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The event store and its JPA storage engine as Axon's auto-configuration builds them (which steps aside for both
 * once an event store bean exists), with two of their settings open to configuration (visit-ledger.event-store.*,
 * {@link VisitLedgerProperties.EventStore}). The engine also writes each visit's hash chain
 * ({@link ChainingJpaEventStorageEngine}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class EventStorePollingConfiguration {

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration,
                                                 EntityManagerProvider entityManagerProvider,
                                                 TransactionManager transactionManager,
                                                 VisitLedgerProperties properties, EventChain chain,
                                                 PersonalData personalData) {
        return new ChainingJpaEventStorageEngine(JpaEventStorageEngine.builder()
                .batchSize(properties.eventStore().batchSize())
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager),
                properties.integrity().hashChain() ? chain : null, personalData);
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
