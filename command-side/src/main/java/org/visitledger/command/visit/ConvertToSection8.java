package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The regional director's decision to convert an interim visit into a section 8 NFD inspection, created under {@code nfdVisitId}. */
public record ConvertToSection8(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String nfdVisitId,
                 String rationale,
                 Instant occurredAt) {
}
