package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Escalates an unresolved provider concern to a senior inspector or the regional inspection manager. */
public record EscalateProviderConcern(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String providerConcernId,
                 String escalatedTo,
                 Instant occurredAt) implements ProviderAct {
}
