package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The outcome of a formal complaint. */
@Revision("1")
public record FormalComplaintResolved(String visitId, String complaintId, String outcome, Instant occurredAt) implements VisitEvent {
}
