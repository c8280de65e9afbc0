package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The inspectors arrived at the provider's premises. */
@Revision("1")
public record InspectorsArrivedOnSite(String visitId, Instant occurredAt) implements VisitEvent {
}
