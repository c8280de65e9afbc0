package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A required notification was sent. */
@Revision("1")
public record NotificationSent(String visitId, String notificationId, Instant occurredAt) implements VisitEvent {
}
