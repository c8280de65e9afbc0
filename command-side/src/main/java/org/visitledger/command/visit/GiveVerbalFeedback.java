package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Verbal feedback at the end of the visit; ends the visit. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record GiveVerbalFeedback(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, boolean seriousOrWidespreadConcerns, String summary,
                 Instant occurredAt) {
}
