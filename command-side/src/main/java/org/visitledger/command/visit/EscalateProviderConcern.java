package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import org.visitledger.events.EscalationRole;

import java.time.Instant;

/**
 * Escalates an unresolved provider concern to a senior inspector or the regional inspection manager: {@code escalatedTo}
 * names them; {@code role} says which, or null to take it from the name.
 */
public record EscalateProviderConcern(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String providerConcernId,
                 String escalatedTo, EscalationRole role,
                 Instant occurredAt) implements ProviderAct {
}
