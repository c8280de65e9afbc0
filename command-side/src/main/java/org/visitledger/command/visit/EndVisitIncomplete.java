package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Ends a paused visit without completing it. */
public record EndVisitIncomplete(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String reason,
                 Instant occurredAt) {
}
