package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The announcement call: the visit is live from now, under the named rulebook version for its whole life. */
@Revision("1")
public record VisitAnnounced(String visitId, VisitType visitType, String rulebookVersion, Provider provider,
                             String leadInspector, List<String> teamInspectors, List<String> placingAuthorities,
                             int plannedLengthDays, LocalDate plannedLastDay, String followsVisitId, Instant occurredAt) implements VisitEvent {
}
