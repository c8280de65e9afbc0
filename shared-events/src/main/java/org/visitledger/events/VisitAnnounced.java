package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The announcement call: the visit is live from now, under the named rulebook version for its whole life. A visit
 * that follows another (a monitoring visit, an NFD inspection) names it and, from revision 2, its type, which decides
 * whom its own serious concerns are reported to (rule MONITORING-CONCERNS-AS-FOLLOWED). Revision 1 did not record the
 * type; it reads as null (not recorded), see platform's {@code persistence.upcasting.VisitAnnouncedRevision1}.
 */
@Revision("2")
public record VisitAnnounced(String visitId, VisitType visitType, String rulebookVersion, Provider provider,
                             String leadInspector, List<String> teamInspectors, List<String> placingAuthorities,
                             int plannedLengthDays, LocalDate plannedLastDay, String followsVisitId,
                             VisitType followsVisitType, Instant occurredAt) implements VisitEvent {
}
