package org.visitledger.events.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.List;

/** Every upcaster of the event types, in the order a stored event goes through them. */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new VisitAnnouncedRevision1(), new DeadlineMetRevision1());
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all());
    }
}
