package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The regional director's advice on the next steps for a paused visit, given through the duty desk (seed 004; rule
 * PAUSE-DIRECTOR-ADVICE). The event's actor is the regional director.
 */
@Revision("1")
public record PauseAdvised(String visitId, String advice, Instant occurredAt) implements VisitEvent {
}
