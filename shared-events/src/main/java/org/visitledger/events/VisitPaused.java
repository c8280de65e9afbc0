package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The visit was paused after contacting the duty desk (staff well-being, a significant event). */
@Revision("1")
public record VisitPaused(String visitId, String reason, Instant occurredAt) implements VisitEvent {
}
