package org.visitledger.query.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.events.NotificationChannel;
import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.paging.ProviderScopeSql;
import org.visitledger.query.paging.SqlWhere;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/** Reads the notification log with the filters of GET /api/notifications, ordered by due time. */
@Component
public class NotificationLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ReadModelTables tables;

    public NotificationLog(JdbcTemplate jdbc, Clock clock, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tables = tables;
    }

    public Page<NotificationView> find(String visitId, NotificationStatus status, NotificationChannel channel,
                                       PageRequest page) {
        return find(visitId, status, channel, null, page);
    }

    /** {@code providerScope}: the provider URN a provider user is bound to, which limits the log to its visits. */
    public Page<NotificationView> find(String visitId, NotificationStatus status, NotificationChannel channel,
                                       String providerScope, PageRequest page) {
        Instant now = clock.instant();
        SqlWhere where = new SqlWhere()
                .and("visit_id = ?", visitId)
                .and("channel = ?", channel == null ? null : channel.name())
                .and(ProviderScopeSql.VISITS_OF_PROVIDER, providerScope);
        if (status != null) {
            where.andAlways(status.condition(), status.needsNow() ? new Object[]{Timestamp.from(now)} : new Object[0]);
        }
        return where.page(jdbc, tables.name("notification_log"), "due_at, visit_id, notification_id",
                (rs, n) -> view(rs, now), page);
    }

    private static NotificationView view(ResultSet rs, Instant now) throws SQLException {
        Instant dueAt = rs.getTimestamp("due_at").toInstant();
        Instant sentAt = instant(rs, "sent_at");
        Instant confirmedAt = instant(rs, "confirmed_at");
        Instant cancelledAt = instant(rs, "cancelled_at");
        NotificationStatus status = confirmedAt != null ? NotificationStatus.CONFIRMED
                : sentAt != null ? NotificationStatus.SENT
                : cancelledAt != null ? NotificationStatus.CANCELLED
                : now.isAfter(dueAt) ? NotificationStatus.OVERDUE : NotificationStatus.REQUIRED;
        return new NotificationView(rs.getString("notification_id"), rs.getString("visit_id"),
                rs.getString("recipient"), rs.getString("channel"), rs.getString("purpose"), dueAt, status.name(),
                sentAt, confirmedAt, cancelledAt);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
