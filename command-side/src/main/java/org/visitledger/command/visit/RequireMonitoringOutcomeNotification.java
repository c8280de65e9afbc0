package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The monitoring-visit process asks a monitoring visit of a secure children's home to require the DfE outcome notification. */
public record RequireMonitoringOutcomeNotification(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion,
                 Instant occurredAt) {
}
