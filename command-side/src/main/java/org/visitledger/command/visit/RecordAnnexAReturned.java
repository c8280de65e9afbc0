package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The provider returned Annex A. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record RecordAnnexAReturned(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion,
                 Instant occurredAt) implements ProviderAct {
}
