package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Records findings that differ from the provisional ones given at feedback; {@code seriousOrWidespreadConcerns},
 * when given, is the revised finding on serious or widespread concerns (null: unchanged).
 */
public record ReviseProvisionalJudgement(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String revisedFindings,
                 String reasons, Boolean seriousOrWidespreadConcerns,
                 Instant occurredAt) {
}
