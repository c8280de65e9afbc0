package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The school checked the interim visit's letter for factual accuracy before publication (seed 002). */
@Revision("1")
public record FactualAccuracyChecked(String visitId, String comments, Instant occurredAt) implements VisitEvent {
}
