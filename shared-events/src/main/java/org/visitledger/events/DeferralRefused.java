package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The duty desk refused the provider's deferral request: the visit goes ahead. */
@Revision("1")
public record DeferralRefused(String visitId, String reason, Instant occurredAt) implements VisitEvent {
}
