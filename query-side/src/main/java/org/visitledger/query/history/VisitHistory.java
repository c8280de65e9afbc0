package org.visitledger.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.events.FinalReportSent;
import org.visitledger.events.VisitEvent;

import java.util.List;

/**
 * A visit's complete history, read from the event store itself rather than from a projection, so that
 * what auditors see is exactly what was recorded, in order.
 */
@Component
public class VisitHistory {

    private final EventStore eventStore;

    public VisitHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty when no such visit exists. */
    public List<HistoryEntry> of(String visitId) {
        return eventStore.readEvents(visitId, 0).asStream().map(VisitHistory::entry).toList();
    }

    /**
     * The history with its confidential fields redacted ({@link ConfidentialFields}); provisional findings are shown
     * when {@code findingsReleasedWithFinalReport} and the visit's final report has been sent.
     */
    public List<HistoryEntry> redacted(String visitId, boolean findingsReleasedWithFinalReport) {
        List<HistoryEntry> entries = of(visitId);
        boolean released = findingsReleasedWithFinalReport
                && entries.stream().anyMatch(entry -> entry.payload() instanceof FinalReportSent);
        return entries.stream().map(entry -> new HistoryEntry(entry.sequence(), entry.type(), entry.occurredAt(),
                entry.recordedAt(), entry.actor(), entry.correlationId(),
                ConfidentialFields.redact(entry.payload(), released))).toList();
    }

    private static HistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                payload instanceof VisitEvent visitEvent ? visitEvent.occurredAt() : null, event.getTimestamp(),
                (String) event.getMetaData().get(EventMetadataKeys.ACTOR),
                (String) event.getMetaData().get(EventMetadataKeys.CORRELATION_ID), payload);
    }
}
