package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The visit is withdrawn before it ends. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record WithdrawVisit(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String reason,
                 Instant occurredAt) {
}
