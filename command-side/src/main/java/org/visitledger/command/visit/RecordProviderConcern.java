package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** A concern the provider raised about the inspection, with the action taken. */
public record RecordProviderConcern(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String summary,
                 String actionTaken, boolean resolved,
                 Instant occurredAt) implements ProviderAct {
}
