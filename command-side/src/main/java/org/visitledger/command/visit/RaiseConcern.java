package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.visitledger.events.ConcernCategory;

import java.time.Instant;

/** An inspector's concern about children's safety, during the visit or after it. */
public record RaiseConcern(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, ConcernCategory category,
                 String summary, String details,
                 Instant occurredAt) {
}
