package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A deadline no longer applies (e.g. the visit was withdrawn). */
@Revision("1")
public record DeadlineCancelled(String visitId, String deadlineId, DeadlineCode code, Instant dueAt, String reason, Instant occurredAt) implements VisitEvent {
}
