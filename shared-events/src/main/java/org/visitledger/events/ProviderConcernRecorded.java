package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The provider raised a concern about the conduct of the inspection, recorded with the action taken. */
@Revision("1")
public record ProviderConcernRecorded(String visitId, String providerConcernId, String summary, String actionTaken,
                                      boolean resolved, Instant occurredAt) implements VisitEvent {
}
