package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The lead inspector justified ending fieldwork with fewer cases than the minimum sample; {@code shortfalls} is the
 * sample as it stood then.
 */
@Revision("1")
public record SampleShortfallJustified(String visitId, List<SampleShortfall> shortfalls, String justification,
                                       Instant occurredAt) implements VisitEvent {
}
