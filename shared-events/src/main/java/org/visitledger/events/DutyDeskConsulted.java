package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The inspector called the duty desk (seed 002: before any decision on a significant concern at an interim visit;
 * seed 004: before a pause or about a deferral). The summary may hold personal data: confidential.
 */
@Revision("1")
public record DutyDeskConsulted(String visitId, String summary, Instant occurredAt) implements VisitEvent {
}
