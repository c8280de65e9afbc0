package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The visit was withdrawn before it ended. */
@Revision("1")
public record VisitWithdrawn(String visitId, String reason, Instant occurredAt) implements VisitEvent {
}
