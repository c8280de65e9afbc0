package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.visitledger.events.CaseReviewDecision;

import java.util.List;
import java.time.Instant;

/** The manager's case review: one or more decisions and the rationale. */
public record DecideCaseReview(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, List<CaseReviewDecision> decisions,
                 String rationale,
                 Instant occurredAt) {
}
