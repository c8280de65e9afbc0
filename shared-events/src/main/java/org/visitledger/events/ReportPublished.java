package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The report was published on the reports website. */
@Revision("1")
public record ReportPublished(String visitId, String url, Instant occurredAt) implements VisitEvent {
}
