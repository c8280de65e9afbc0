package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A paused visit was ended without being completed. */
@Revision("1")
public record VisitEndedIncomplete(String visitId, String reason, Instant occurredAt) implements VisitEvent {
}
