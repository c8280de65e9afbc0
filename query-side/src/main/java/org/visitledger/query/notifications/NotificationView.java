package org.visitledger.query.notifications;

import java.time.Instant;

/** api.md: one row of the notification log; {@code status} is computed when read. */
public record NotificationView(String notificationId, String visitId, String recipient, String channel,
                               String purpose, Instant dueAt, String status, Instant sentAt, Instant confirmedAt) {
}
