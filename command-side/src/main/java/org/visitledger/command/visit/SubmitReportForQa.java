package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Evidence and report go to quality assurance. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record SubmitReportForQa(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion,
                 Instant occurredAt) {
}
