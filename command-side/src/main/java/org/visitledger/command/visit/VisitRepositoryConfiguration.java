package org.visitledger.command.visit;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.eventsourcing.SpringPrototypeAggregateFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.util.Map;

/**
 * The visits' repository: Axon's event-sourcing repository as its Spring configuration would build it for
 * {@code @Aggregate}, except that it keeps visits in memory between commands ({@link StoreCheckedCachingRepository}).
 * <p>
 * The cache holds its visits by weak reference: the garbage collector bounds it, and a visit it dropped is read
 * from its events again. Both beans are lazy because Axon asks for the repository only once its own configuration
 * (the parameter resolvers and handler definitions the visit's handlers need) exists.
 */
@Configuration(proxyBeanMethods = false)
public class VisitRepositoryConfiguration {

    static final String REPOSITORY = "visitRepository";

    /** Creates visits as Spring prototypes, so their handlers' parameters can be Spring beans. */
    @Bean
    @Lazy
    public SpringPrototypeAggregateFactory<Visit> visitAggregateFactory() {
        return new SpringPrototypeAggregateFactory<>(Visit.class, "visit", Map.of());
    }

    @Bean(REPOSITORY)
    @Lazy
    public Repository<Visit> visitRepository(org.axonframework.config.Configuration axon, EventStore eventStore,
                                             SpringPrototypeAggregateFactory<Visit> visitAggregateFactory) {
        EventSourcingRepository.Builder<Visit> builder = EventSourcingRepository.builder(Visit.class)
                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(Visit.class,
                        axon.parameterResolverFactory(), axon.handlerDefinition(Visit.class)))
                .aggregateFactory(visitAggregateFactory)
                .repositoryProvider(axon::repository)
                .spanFactory(axon.getComponent(RepositorySpanFactory.class));
        return new StoreCheckedCachingRepository<>(builder, eventStore, new WeakReferenceCache());
    }
}
