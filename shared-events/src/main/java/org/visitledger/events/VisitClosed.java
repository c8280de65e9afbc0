package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The report is published, the complaint window is over and no complaint is open. */
@Revision("1")
public record VisitClosed(String visitId, Instant occurredAt) implements VisitEvent {
}
