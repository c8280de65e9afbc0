package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The report is published at {@code url}. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record PublishReport(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String url,
                 Instant occurredAt) {
}
