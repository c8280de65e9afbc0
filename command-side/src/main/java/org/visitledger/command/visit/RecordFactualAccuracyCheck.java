package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The school's factual-accuracy check of an interim visit's letter. */
public record RecordFactualAccuracyCheck(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String comments,
                 Instant occurredAt) implements ProviderAct {
}
