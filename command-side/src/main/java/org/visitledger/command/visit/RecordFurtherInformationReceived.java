package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The provider supplied the records of one further-information request. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record RecordFurtherInformationReceived(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String requestId,
                 Instant occurredAt) implements ProviderAct {
}
