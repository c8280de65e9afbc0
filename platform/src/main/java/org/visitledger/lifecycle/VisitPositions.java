package org.visitledger.lifecycle;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A visit's {@link VisitPosition} at a version, folded from its events in the event store. */
@Component
public class VisitPositions {

    private final EventStore eventStore;

    public VisitPositions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * The position after the event of sequence number {@code version}: the version a command answered or a summary
     * shows, so that the actions offered go with that version even when a later command has landed since.
     */
    public Optional<VisitPosition> at(String visitId, long version) {
        VisitPosition position = new VisitPosition();
        DomainEventStream events = eventStore.readEvents(visitId, 0);
        while (events.hasNext() && events.peek().getSequenceNumber() <= version) {
            DomainEventMessage<?> event = events.next();
            position.apply(event.getPayload(), event.getSequenceNumber());
        }
        return position.visitId() == null ? Optional.empty() : Optional.of(position);
    }
}
