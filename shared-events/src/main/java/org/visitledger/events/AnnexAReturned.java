package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The provider returned Annex A. */
@Revision("1")
public record AnnexAReturned(String visitId, Instant occurredAt) implements VisitEvent {
}
