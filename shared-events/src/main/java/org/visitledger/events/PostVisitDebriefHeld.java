package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The lead inspector and their manager debriefed after serious or widespread concerns; the recommended further
 * action goes to the case review. The manager is the event's actor.
 */
@Revision("1")
public record PostVisitDebriefHeld(String visitId, String recommendation, Instant occurredAt) implements VisitEvent {
}
