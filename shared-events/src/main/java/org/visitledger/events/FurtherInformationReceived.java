package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The provider supplied the further records of one request. */
@Revision("1")
public record FurtherInformationReceived(String visitId, String requestId, Instant occurredAt) implements VisitEvent {
}
