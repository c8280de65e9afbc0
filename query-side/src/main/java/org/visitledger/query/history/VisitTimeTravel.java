package org.visitledger.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.visitledger.events.*;
import org.visitledger.lifecycle.LifecycleStatus;
import org.visitledger.query.history.VisitStateView.DeadlineState;
import org.visitledger.query.history.VisitStateView.Milestone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Rebuilds a visit as it stood at a recorded instant or at a version by folding its own events from the
 * event store, the way the aggregate itself is rebuilt; no read model is involved.
 */
@Component
public class VisitTimeTravel {

    private final EventStore eventStore;

    public VisitTimeTravel(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty when the visit did not exist then (or at all). */
    public Optional<VisitStateView> asOf(String visitId, Instant recordedBy) {
        return fold(visitId, event -> !event.getTimestamp().isAfter(recordedBy));
    }

    /** Empty before the visit existed and for a version it has not reached (there is no such version to show). */
    public Optional<VisitStateView> atVersion(String visitId, long version) {
        return fold(visitId, event -> event.getSequenceNumber() <= version)
                .filter(state -> state.version() == version);
    }

    private Optional<VisitStateView> fold(String visitId, Predicate<DomainEventMessage<?>> included) {
        Fold state = new Fold();
        eventStore.readEvents(visitId, 0).asStream().takeWhile(included).forEach(state::apply);
        return Optional.ofNullable(state.view());
    }

    /** The running state while events are applied in order. */
    private static final class Fold {
        private VisitAnnounced announced;
        private String status;
        private String pausedIn;
        private DomainEventMessage<?> last;
        private final List<Milestone> milestones = new ArrayList<>();
        private final Map<String, DeadlineState> deadlines = new LinkedHashMap<>();

        void apply(DomainEventMessage<?> message) {
            Object event = message.getPayload();
            last = message;
            if (event instanceof VisitAnnounced visitAnnounced) {
                announced = visitAnnounced;
            }
            if (event instanceof VisitPaused) {
                pausedIn = status;
            }
            LifecycleStatus.after(event).ifPresent(newStatus -> status = newStatus);
            if (event instanceof VisitResumed) {
                status = pausedIn;
            }
            if (event instanceof VisitEvent visitEvent && !isBookkeeping(event)) {
                milestones.add(new Milestone(message.getPayloadType().getSimpleName(), visitEvent.occurredAt(),
                        message.getTimestamp()));
            }
            if (event instanceof DeadlineScheduled e) {
                deadlines.put(e.deadlineId(), new DeadlineState(e.deadlineId(), e.code().name(), e.dueAt(), "OPEN", null,
                        null));
            } else if (event instanceof DeadlineMet e) {
                deadlines.computeIfPresent(e.deadlineId(), (id, d) -> with(d, "MET", e.late(), e.early()));
            } else if (event instanceof DeadlineMissed e) {
                deadlines.computeIfPresent(e.deadlineId(), (id, d) -> with(d, "MISSED", null, null));
            } else if (event instanceof DeadlineCancelled e) {
                deadlines.computeIfPresent(e.deadlineId(), (id, d) -> with(d, "CANCELLED", null, null));
            }
        }

        VisitStateView view() {
            if (announced == null) {
                return null;
            }
            Instant occurredAt = last.getPayload() instanceof VisitEvent e ? e.occurredAt() : null;
            return new VisitStateView(announced.visitId(), announced.visitType().name(), announced.rulebookVersion(),
                    status, last.getSequenceNumber(), last.getTimestamp(), occurredAt, List.copyOf(milestones),
                    List.copyOf(deadlines.values()));
        }

        /** Deadline and notification events are shown under deadlines (and in the history), not as milestones. */
        private static boolean isBookkeeping(Object event) {
            return event instanceof DeadlineScheduled || event instanceof DeadlineMet || event instanceof DeadlineMissed
                    || event instanceof DeadlineCancelled || event instanceof NotificationRequired
                    || event instanceof NotificationSent || event instanceof NotificationReceiptConfirmed
                    || event instanceof NotificationCancelled;
        }

        private static DeadlineState with(DeadlineState d, String state, Boolean late, Boolean early) {
            return new DeadlineState(d.deadlineId(), d.code(), d.dueAt(), state, late, early);
        }
    }
}
