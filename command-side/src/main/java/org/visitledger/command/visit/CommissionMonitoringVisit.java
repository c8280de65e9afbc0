package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;
import java.time.Instant;

/** Announces the monitoring visit a case review decided; sent to the visit it follows, which creates it under the given id. */
public record CommissionMonitoringVisit(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String monitoringVisitId,
                 String leadInspector, List<String> teamInspectors, Integer plannedLengthDays,
                 Instant occurredAt) {
}
