package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Resumes a paused visit. */
public record ResumeVisit(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String reason,
                 Instant occurredAt) {
}
