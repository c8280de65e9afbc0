package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A provider concern the lead inspector could not resolve went to a senior inspector or the regional inspection manager. */
@Revision("1")
public record ProviderConcernEscalated(String visitId, String providerConcernId, String escalatedTo,
                                       Instant occurredAt) implements VisitEvent {
}
