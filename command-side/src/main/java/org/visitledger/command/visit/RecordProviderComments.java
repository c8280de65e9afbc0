package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The provider's comments on the draft. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record RecordProviderComments(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String comments,
                 Instant occurredAt) implements ProviderAct {
}
