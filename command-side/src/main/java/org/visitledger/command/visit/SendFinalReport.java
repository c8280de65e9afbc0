package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

/** The final report goes to the provider. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record SendFinalReport(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, List<String> requirements, List<String> recommendations,
                 boolean childFriendlySummaryIncluded, boolean childFriendlySummaryAdaptedFormat,
                 Instant occurredAt) {
}
