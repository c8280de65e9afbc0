package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The provider asked for the visit to be deferred; late when received after 16:30 on the day of notification ("not normally considered"). */
@Revision("1")
public record DeferralRequested(String visitId, String reason, boolean late, Instant occurredAt) implements VisitEvent {
}
