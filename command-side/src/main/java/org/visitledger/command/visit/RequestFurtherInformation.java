package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

/** SCH: the lead inspector asks for further records by {@code dueAt}. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record RequestFurtherInformation(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, List<String> items, Instant dueAt,
                 Instant occurredAt) {
}
