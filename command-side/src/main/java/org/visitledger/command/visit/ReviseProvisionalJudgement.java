package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Records findings that differ from the provisional ones given at feedback. */
public record ReviseProvisionalJudgement(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String revisedFindings,
                 String reasons,
                 Instant occurredAt) {
}
