package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An inspector raised a concern about children's safety. The details may name a whistle-blower: confidential. */
@Revision("1")
public record ConcernRaised(String visitId, String concernId, ConcernCategory category, String summary, String details,
                            Instant occurredAt) implements VisitEvent {
}
