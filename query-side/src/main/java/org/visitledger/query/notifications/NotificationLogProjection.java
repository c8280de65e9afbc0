package org.visitledger.query.notifications;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.events.NotificationReceiptConfirmed;
import org.visitledger.events.NotificationRequired;
import org.visitledger.events.NotificationSent;

import java.sql.Timestamp;

/** The notification log: each notification the guidance requires, and when it was sent and confirmed. */
@Component
@ProcessingGroup(NotificationLogProjection.NAME)
public class NotificationLogProjection {

    public static final String NAME = "notification-log";

    private final JdbcTemplate jdbc;

    public NotificationLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A replay rebuilds the read model from nothing. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM notification_log");
    }

    @EventHandler
    void on(NotificationRequired event) {
        // A re-delivered event finds its row already there and changes nothing.
        int existing = jdbc.queryForObject("SELECT COUNT(*) FROM notification_log WHERE visit_id = ? AND notification_id = ?",
                Integer.class, event.visitId(), event.notificationId());
        if (existing == 0) {
            jdbc.update("INSERT INTO notification_log (visit_id, notification_id, recipient, channel, purpose, due_at, "
                            + "required_at) VALUES (?, ?, ?, ?, ?, ?, ?)", event.visitId(), event.notificationId(),
                    event.recipient(), event.channel().name(), event.purpose(), Timestamp.from(event.dueAt()),
                    Timestamp.from(event.occurredAt()));
        }
    }

    @EventHandler
    void on(NotificationSent event) {
        jdbc.update("UPDATE notification_log SET sent_at = ? WHERE visit_id = ? AND notification_id = ?",
                Timestamp.from(event.occurredAt()), event.visitId(), event.notificationId());
    }

    @EventHandler
    void on(NotificationReceiptConfirmed event) {
        jdbc.update("UPDATE notification_log SET confirmed_at = ? WHERE visit_id = ? AND notification_id = ?",
                Timestamp.from(event.occurredAt()), event.visitId(), event.notificationId());
    }
}
