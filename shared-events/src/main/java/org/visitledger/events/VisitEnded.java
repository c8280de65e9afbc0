package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** The visit ended; lastDayOfVisit is the day report deadlines count from. */
@Revision("1")
public record VisitEnded(String visitId, LocalDate lastDayOfVisit, Instant occurredAt) implements VisitEvent {
}
