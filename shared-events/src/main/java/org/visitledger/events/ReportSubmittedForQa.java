package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Evidence and report submitted for quality assurance. */
@Revision("1")
public record ReportSubmittedForQa(String visitId, Instant occurredAt) implements VisitEvent {
}
