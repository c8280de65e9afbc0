package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Pauses the visit after contacting the duty desk. */
public record PauseVisit(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String reason,
                 Instant occurredAt) {
}
