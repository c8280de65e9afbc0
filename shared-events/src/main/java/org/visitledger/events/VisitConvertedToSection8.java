package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The regional director converted the interim visit into a section 8 "no formal designation" inspection: the
 * interim visit stops here and the conversion process creates the linked SECTION8_NFD visit {@code nfdVisitId}
 * for the same school and inspectors.
 */
@Revision("1")
public record VisitConvertedToSection8(String visitId, String nfdVisitId, Provider provider, String leadInspector,
                                       List<String> teamInspectors, String rationale,
                                       Instant occurredAt) implements VisitEvent {
}
