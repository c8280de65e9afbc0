package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The final report was sent to the provider. */
@Revision("1")
public record FinalReportSent(String visitId, List<String> requirements, List<String> recommendations,
                              boolean childFriendlySummaryIncluded, boolean childFriendlySummaryAdaptedFormat,
                              Instant occurredAt) implements VisitEvent {
}
