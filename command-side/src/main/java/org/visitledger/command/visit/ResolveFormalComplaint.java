package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The outcome of a formal complaint is recorded. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record ResolveFormalComplaint(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String complaintId, String outcome,
                 Instant occurredAt) {
}
