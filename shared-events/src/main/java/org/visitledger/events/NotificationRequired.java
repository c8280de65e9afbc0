package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A notification the guidance requires, with its recipient, channel, purpose and due time. */
@Revision("1")
public record NotificationRequired(String visitId, String notificationId, String recipient, NotificationChannel channel,
                                   String purpose, Instant dueAt, Instant occurredAt) implements VisitEvent {
}
