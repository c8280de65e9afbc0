package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** SCH: after analysing Annex A the lead inspector asks for further records by a time of their choosing. */
@Revision("1")
public record FurtherInformationRequested(String visitId, String requestId, List<String> items, Instant dueAt,
                                          Instant occurredAt) implements VisitEvent {
}
