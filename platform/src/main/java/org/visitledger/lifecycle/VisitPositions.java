package org.visitledger.lifecycle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Function;

/**
 * A visit's {@link VisitPosition} at a version, folded from its events in the event store.
 * <p>
 * Every command's answer and every summary read asks for the position at the version it shows, almost always the
 * visit's latest. So the latest position folded of each visit lately asked about is kept, and the next answer folds
 * onto it only the events recorded since (issue 24: reading the whole history again took a tenth of the CPU under
 * load). A position holds no personal data, only where the visit stands. A version older than the one kept (a read
 * model behind the latest command) is folded afresh.
 */
@Component
public class VisitPositions {

    /** Visits whose latest position is kept: those with an answer lately; a few hundred bytes each. */
    private static final int VISITS_KEPT = 2_000;

    private final EventStore eventStore;
    private final Cache<String, VisitPosition> latest = Caffeine.newBuilder().maximumSize(VISITS_KEPT).build();

    public VisitPositions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * What {@code reading} makes of the position after the event of sequence number {@code version}: the version a
     * command answered or a summary shows, so that the actions offered go with that version even when a later
     * command has landed since. Empty for a visit with no events. The position is read only within
     * {@code reading}: another answer may fold further events onto it afterwards.
     */
    public <T> Optional<T> at(String visitId, long version, Function<VisitPosition, T> reading) {
        VisitPosition kept = latest.get(visitId, id -> new VisitPosition());
        synchronized (kept) {
            if (kept.version() <= version) {
                return read(foldOnto(kept, visitId, version), reading);
            }
        }
        return read(foldOnto(new VisitPosition(), visitId, version), reading);
    }

    private VisitPosition foldOnto(VisitPosition position, String visitId, long version) {
        if (position.version() == version) {
            return position;
        }
        DomainEventStream events = eventStore.readEvents(visitId, position.version() + 1);
        while (events.hasNext() && events.peek().getSequenceNumber() <= version) {
            DomainEventMessage<?> event = events.next();
            position.apply(event.getPayload(), event.getSequenceNumber());
        }
        return position;
    }

    private static <T> Optional<T> read(VisitPosition position, Function<VisitPosition, T> reading) {
        return position.visitId() == null ? Optional.empty() : Optional.of(reading.apply(position));
    }
}
