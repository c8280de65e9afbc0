package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A deadline was met; late when after its due time. A window (COMPLAINT_WINDOW) is met when it has run its course. */
@Revision("1")
public record DeadlineMet(String visitId, String deadlineId, DeadlineCode code, Instant dueAt, boolean late, Instant occurredAt) implements VisitEvent {
}
