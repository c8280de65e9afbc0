package org.visitledger.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.events.FinalReportSent;
import org.visitledger.events.ReportPublished;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.events.VisitEnded;
import org.visitledger.events.VisitEvent;
import org.visitledger.events.VisitType;

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

    /** The history as {@code reader} may read it, its confidential fields redacted ({@link ConfidentialFields}). */
    public List<HistoryEntry> as(Reader reader, String visitId) {
        List<HistoryEntry> entries = of(visitId);
        if (reader == Reader.INSPECTORATE) {
            return entries;
        }
        ConfidentialFields.VisitFacts facts = factsOf(entries);
        return entries.stream().map(entry -> new HistoryEntry(entry.sequence(), entry.type(), entry.occurredAt(),
                entry.recordedAt(), entry.actor(), entry.correlationId(),
                ConfidentialFields.redact(entry.payload(), reader, facts))).toList();
    }

    private static ConfidentialFields.VisitFacts factsOf(List<HistoryEntry> entries) {
        boolean interim = entries.stream().anyMatch(entry -> entry.payload() instanceof VisitAnnounced announced
                && announced.visitType() == VisitType.SCHOOL_INTERIM);
        return new ConfidentialFields.VisitFacts(has(entries, VisitEnded.class), has(entries, FinalReportSent.class),
                interim && has(entries, ReportPublished.class));
    }

    private static boolean has(List<HistoryEntry> entries, Class<?> type) {
        return entries.stream().anyMatch(entry -> type.isInstance(entry.payload()));
    }

    private static HistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                payload instanceof VisitEvent visitEvent ? visitEvent.occurredAt() : null, event.getTimestamp(),
                (String) event.getMetaData().get(EventMetadataKeys.ACTOR),
                (String) event.getMetaData().get(EventMetadataKeys.CORRELATION_ID), payload);
    }
}
