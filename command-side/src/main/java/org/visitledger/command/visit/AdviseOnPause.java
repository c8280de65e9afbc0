package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The regional director's advice on the next steps for a paused visit (rule PAUSE-DIRECTOR-ADVICE). */
public record AdviseOnPause(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion,
                            String advice, Instant occurredAt) {
}
