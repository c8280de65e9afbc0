package org.visitledger.query.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.events.NotificationChannel;
import org.visitledger.query.admin.ReadModelTables;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the notification log with api.md's filters, ordered by due time. */
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
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (visitId != null) {
            where.append(" AND visit_id = ?");
            args.add(visitId);
        }
        if (channel != null) {
            where.append(" AND channel = ?");
            args.add(channel.name());
        }
        if (status != null) {
            where.append(" AND ").append(status.condition());
            if (status.needsNow()) {
                args.add(Timestamp.from(now));
            }
        }
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + tables.name("notification_log") + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<NotificationView> items = jdbc.query("SELECT * FROM " + tables.name("notification_log") + where
                        + " ORDER BY due_at, visit_id, notification_id LIMIT ? OFFSET ?",
                (rs, n) -> view(rs, now), pageArgs.toArray());
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static NotificationView view(ResultSet rs, Instant now) throws SQLException {
        Instant dueAt = rs.getTimestamp("due_at").toInstant();
        Instant sentAt = instant(rs, "sent_at");
        Instant confirmedAt = instant(rs, "confirmed_at");
        NotificationStatus status = confirmedAt != null ? NotificationStatus.CONFIRMED
                : sentAt != null ? NotificationStatus.SENT
                : now.isAfter(dueAt) ? NotificationStatus.OVERDUE : NotificationStatus.REQUIRED;
        return new NotificationView(rs.getString("notification_id"), rs.getString("visit_id"),
                rs.getString("recipient"), rs.getString("channel"), rs.getString("purpose"), dueAt, status.name(),
                sentAt, confirmedAt);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
