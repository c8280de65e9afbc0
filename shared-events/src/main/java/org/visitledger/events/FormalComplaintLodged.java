package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A formal complaint; late when lodged after the complaint window closed. */
@Revision("1")
public record FormalComplaintLodged(String visitId, String complaintId, String summary, boolean late, Instant occurredAt) implements VisitEvent {
}
