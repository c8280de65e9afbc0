package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The post-visit debrief of the lead inspector and their manager after serious or widespread concerns. */
public record HoldPostVisitDebrief(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String recommendation,
                 Instant occurredAt) {
}
