package org.visitledger.query.notifications;

/**
 * A notification's status at the time of reading: REQUIRED until sent, OVERDUE when still unsent after its
 * due time (with no new event having happened), SENT, CONFIRMED once an EMAIL_THEN_PHONE
 * notification's receipt was confirmed by phone, and CANCELLED when its visit ended by a side exit before it was
 * sent (rule NOTIFY-ENDS-WITH-VISIT).
 */
public enum NotificationStatus {
    REQUIRED,
    OVERDUE,
    SENT,
    CONFIRMED,
    CANCELLED;

    /** The SQL condition selecting rows in this status at {@code ?} = now. */
    String condition() {
        return switch (this) {
            case REQUIRED -> "sent_at IS NULL AND cancelled_at IS NULL AND due_at >= ?";
            case OVERDUE -> "sent_at IS NULL AND cancelled_at IS NULL AND due_at < ?";
            case SENT -> "sent_at IS NOT NULL AND confirmed_at IS NULL";
            case CONFIRMED -> "confirmed_at IS NOT NULL";
            case CANCELLED -> "cancelled_at IS NOT NULL";
        };
    }

    boolean needsNow() {
        return this == REQUIRED || this == OVERDUE;
    }
}
