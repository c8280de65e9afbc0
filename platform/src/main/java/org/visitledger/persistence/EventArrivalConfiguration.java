package org.visitledger.persistence;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.settings.VisitLedgerProperties;

/** One {@link EventArrival} per JVM, following the event store every pooled processor of the JVM reads. */
@Configuration(proxyBeanMethods = false)
public class EventArrivalConfiguration {

    @Bean
    public EventArrival eventArrival(EventStore eventStore, VisitLedgerProperties properties) {
        return new EventArrival(eventStore, properties.eventStore().wakeDelay());
    }
}
