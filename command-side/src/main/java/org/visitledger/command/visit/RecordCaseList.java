package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The council's list of current cases, counted by kind (LA inspections): the council's act. */
public record RecordCaseList(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion,
                             int safeguardingCases, int lookedAfterCases, Instant occurredAt) implements ProviderAct {
}
