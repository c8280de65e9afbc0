package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The draft report goes to the provider. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record SendDraftReport(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion,
                 Instant occurredAt) {
}
