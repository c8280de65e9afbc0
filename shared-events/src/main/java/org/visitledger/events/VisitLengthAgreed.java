package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The regional inspection manager named in {@code agreedBy} agreed that the visit lasts {@code plannedLengthDays}
 * instead of the usual {@code usualLengthDays} (seeds 000, 001; rule VISIT-LENGTH-AGREED). Recorded with the
 * announcement.
 */
@Revision("1")
public record VisitLengthAgreed(String visitId, int plannedLengthDays, int usualLengthDays, String agreedBy,
                                Instant occurredAt) implements VisitEvent {
}
