package org.visitledger.query.notifications;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.events.NotificationCancelled;
import org.visitledger.events.NotificationReceiptConfirmed;
import org.visitledger.events.NotificationRequired;
import org.visitledger.events.NotificationSent;
import org.visitledger.query.readmodel.ReadModel;
import org.visitledger.query.readmodel.ReadModelProjection;
import org.visitledger.query.writing.BatchWriter;

import java.sql.Timestamp;
import java.util.List;

/**
 * The notification log: each notification the guidance requires, and when it was sent and confirmed. The writes go
 * to the database when the processor's batch commits ({@link BatchWriter}).
 */
@Component
@ProcessingGroup(NotificationLogProjection.NAME)
public class NotificationLogProjection implements ReadModelProjection {

    public static final String NAME = "notification-log";
    public static final ReadModel READ_MODEL = new ReadModel(NAME, List.of("notification_log"));

    private final JdbcTemplate jdbc;
    private final BatchWriter rows;

    public NotificationLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new BatchWriter(jdbc, NAME);
    }

    @Override
    public ReadModel readModel() {
        return READ_MODEL;
    }

    /** A replay rebuilds the read model from nothing. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM notification_log");
    }

    @EventHandler
    void on(NotificationRequired event) {
        // A re-delivered event finds its row already there and changes nothing.
        rows.update(event.visitId(), "INSERT INTO notification_log (visit_id, notification_id, recipient, channel, "
                        + "purpose, due_at, required_at) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM notification_log WHERE visit_id = ? AND notification_id = ?)",
                event.visitId(), event.notificationId(), event.recipient(), event.channel().name(), event.purpose(),
                Timestamp.from(event.dueAt()), Timestamp.from(event.occurredAt()), event.visitId(),
                event.notificationId());
    }

    @EventHandler
    void on(NotificationSent event) {
        rows.update(event.visitId(), "UPDATE notification_log SET sent_at = ? WHERE visit_id = ? AND notification_id = ?",
                Timestamp.from(event.occurredAt()), event.visitId(), event.notificationId());
    }

    @EventHandler
    void on(NotificationCancelled event) {
        rows.update(event.visitId(), "UPDATE notification_log SET cancelled_at = ? "
                        + "WHERE visit_id = ? AND notification_id = ?",
                Timestamp.from(event.occurredAt()), event.visitId(), event.notificationId());
    }

    @EventHandler
    void on(NotificationReceiptConfirmed event) {
        rows.update(event.visitId(), "UPDATE notification_log SET confirmed_at = ? "
                        + "WHERE visit_id = ? AND notification_id = ?",
                Timestamp.from(event.occurredAt()), event.visitId(), event.notificationId());
    }
}
