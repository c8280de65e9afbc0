package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The provider is asked for Annex A (and, for SCH, the extra items) by the given time. */
@Revision("1")
public record AnnexARequested(String visitId, List<String> items, Instant dueAt, Instant occurredAt) implements VisitEvent {
}
