package org.visitledger.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.events.upcasting.DeadlineMetRevision1;
import org.visitledger.events.upcasting.VisitAnnouncedRevision1;

/**
 * The upcasters of the event types (shared-events' {@code upcasting.EventUpcasters}), as beans: Axon puts every
 * event upcaster bean into the upcaster chain the event storage engine reads stored events through, on both sides,
 * so aggregates, read models, history and time travel all see today's revision of every event.
 */
@Configuration(proxyBeanMethods = false)
public class EventUpcastersConfiguration {

    @Bean
    public VisitAnnouncedRevision1 visitAnnouncedRevision1() {
        return new VisitAnnouncedRevision1();
    }

    @Bean
    public DeadlineMetRevision1 deadlineMetRevision1() {
        return new DeadlineMetRevision1();
    }
}
