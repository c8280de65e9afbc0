package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A deadline's clock started; the rule names the guidance it comes from. */
@Revision("1")
public record DeadlineScheduled(String visitId, String deadlineId, DeadlineCode code, DeadlineOwner owner, Instant dueAt,
                                String rule, Instant occurredAt) implements VisitEvent {
}
