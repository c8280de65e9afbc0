package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The monitoring visit this visit's case review decided was announced. The monitoring-visit process creates it as
 * a new MONITORING visit linked to this one, for the same provider and placing authorities.
 */
@Revision("1")
public record MonitoringVisitCommissioned(String visitId, String monitoringVisitId, VisitType followedVisitType,
                                          Provider provider, List<String> placingAuthorities, String leadInspector,
                                          List<String> teamInspectors, int plannedLengthDays,
                                          Instant occurredAt) implements VisitEvent {
}
