package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The inspector's call to the duty desk, with what was discussed. */
public record RecordDutyDeskCall(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String summary,
                 Instant occurredAt) {
}
