package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The draft report was sent to the provider for comments. */
@Revision("1")
public record DraftReportSent(String visitId, Instant occurredAt) implements VisitEvent {
}
