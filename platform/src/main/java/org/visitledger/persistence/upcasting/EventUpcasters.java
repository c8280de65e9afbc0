package org.visitledger.persistence.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Every upcaster of the event types, in the order a stored event goes through them: an event type's upcasters by
 * revision, oldest first. Add the upcaster of each new revision here.
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(new VisitAnnouncedRevision1(), new DeadlineMetRevision1(),
                new ProviderConcernEscalatedRevision1());
    }
}
