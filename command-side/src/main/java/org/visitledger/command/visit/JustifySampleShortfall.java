package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The lead inspector's justification for ending fieldwork with fewer cases than the minimum sample. */
public record JustifySampleShortfall(@TargetAggregateIdentifier String visitId,
                                     @TargetAggregateVersion Long expectedVersion, String justification,
                                     Instant occurredAt) {
}
