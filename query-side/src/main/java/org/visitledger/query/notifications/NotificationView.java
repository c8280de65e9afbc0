package org.visitledger.query.notifications;

import java.time.Instant;

/**
 * One row of the notification log (GET /api/notifications); {@code status} is computed when read (rule
 * DASHBOARD-NOTIFICATION-STATUS).
 */
public record NotificationView(String notificationId, String visitId, String recipient, String channel,
                               String purpose, Instant dueAt, String status, Instant sentAt, Instant confirmedAt,
                               Instant cancelledAt) {
}
