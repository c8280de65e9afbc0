package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.util.List;

/** The announcement call; {@code plannedLengthDays} null means the rulebook's usual length. */
public record AnnounceVisit(@TargetAggregateIdentifier String visitId, VisitType visitType, Provider provider,
                            String leadInspector, List<String> teamInspectors, List<String> placingAuthorities,
                            Integer plannedLengthDays, String followsVisitId, Instant occurredAt) {
}
