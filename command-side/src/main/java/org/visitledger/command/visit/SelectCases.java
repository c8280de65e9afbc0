package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.visitledger.events.SampledCase;

import java.time.Instant;
import java.util.List;

/** Inspectors select cases for scrutiny; the stage (before or during fieldwork) is where the inspection stands. */
public record SelectCases(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion,
                          List<SampledCase> cases, Instant occurredAt) {
}
