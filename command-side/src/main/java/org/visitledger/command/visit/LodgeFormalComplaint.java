package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The provider lodges a formal complaint. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record LodgeFormalComplaint(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String summary,
                 Instant occurredAt) implements ProviderAct {
}
