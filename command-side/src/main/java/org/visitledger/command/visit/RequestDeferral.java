package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The provider asks for the visit to be deferred. */
public record RequestDeferral(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String reason,
                 Instant occurredAt) implements ProviderAct {
}
