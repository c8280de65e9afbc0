package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A deadline's due time passed without it being met; occurredAt is the due time. */
@Revision("1")
public record DeadlineMissed(String visitId, String deadlineId, DeadlineCode code, Instant dueAt, Instant occurredAt) implements VisitEvent {
}
