package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The manager's case review decided what follows serious or widespread concerns, and why. */
@Revision("1")
public record CaseReviewDecided(String visitId, List<CaseReviewDecision> decisions, String rationale,
                                Instant occurredAt) implements VisitEvent {
}
