package org.visitledger.query.deadlines;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.paging.SqlWhere;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the deadline dashboard with every status computed against the current time. */
@Component
public class DeadlineBoard {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final ReadModelTables tables;

    public DeadlineBoard(JdbcTemplate jdbc, Clock clock, WorkingDayCalendar calendar, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.tables = tables;
    }

    /** Rows with a computed {@code status} column; the first two parameters are {@link #statusArgs()}. */
    public String rowsWithStatus() {
        return "(SELECT r.*, " + DeadlineStatus.SQL + " AS status FROM " + tables.name("deadline_row") + " r) d";
    }

    /** now, and the end of the second working day after today (London): the DUE_SOON horizon. */
    public List<Object> statusArgs() {
        Instant now = clock.instant();
        return new ArrayList<>(List.of(Timestamp.from(now),
                Timestamp.from(calendar.endOfWorkingDaysAfter(calendar.dayOf(now), 2))));
    }

    public Page<DeadlineView> find(DeadlineFilter filter, PageRequest page) {
        return filter.appendTo(new SqlWhere(statusArgs()))
                .page(jdbc, rowsWithStatus(), "due_at, visit_id, deadline_id", DeadlineBoard::view, page);
    }

    /** GET /api/deadlines/summary: counts by code × status. */
    public Map<String, Map<String, Long>> summary() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        jdbc.query("SELECT code, status, COUNT(*) AS n FROM " + rowsWithStatus() + " GROUP BY code, status ORDER BY code, status",
                rs -> {
                    counts.computeIfAbsent(rs.getString("code"), code -> new LinkedHashMap<>())
                            .put(rs.getString("status"), rs.getLong("n"));
                }, statusArgs().toArray());
        return counts;
    }

    private static DeadlineView view(ResultSet rs, int row) throws SQLException {
        Timestamp metAt = rs.getTimestamp("met_at");
        return new DeadlineView(rs.getString("visit_id"), rs.getString("deadline_id"), rs.getString("code"),
                rs.getString("owner"), rs.getTimestamp("due_at").toInstant(), rs.getString("status"),
                metAt == null ? null : metAt.toInstant(), rs.getString("visit_type"), rs.getString("region"));
    }
}
