package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The provider's comments on the draft report. */
@Revision("1")
public record ProviderCommentsReceived(String visitId, String comments, Instant occurredAt) implements VisitEvent {
}
