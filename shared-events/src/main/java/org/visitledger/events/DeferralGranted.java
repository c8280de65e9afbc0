package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The duty desk granted the provider's deferral: the visit is DEFERRED and its open deadlines are cancelled. */
@Revision("1")
public record DeferralGranted(String visitId, String reason, Instant occurredAt) implements VisitEvent {
}
