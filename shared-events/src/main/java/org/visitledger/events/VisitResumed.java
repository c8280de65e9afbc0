package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A paused visit was resumed. */
@Revision("1")
public record VisitResumed(String visitId, String reason, Instant occurredAt) implements VisitEvent {
}
