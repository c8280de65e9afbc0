package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The duty desk's decision on the provider's deferral request. */
public record DecideDeferral(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, boolean granted, String reason,
                 Instant occurredAt) {
}
