package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Verbal feedback of the main findings at the end of the visit; the summary holds provisional findings. */
@Revision("1")
public record VerbalFeedbackGiven(String visitId, boolean seriousOrWidespreadConcerns, String summary, Instant occurredAt) implements VisitEvent {
}
