package org.visitledger.query.analytics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.query.deadlines.DeadlineBoard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On-time rates per deadline code, from the deadline dashboard's rows and their computed statuses. Windows (the
 * provider's comment period and the complaint window) are left out: they are the provider's to use or not, so a
 * provider that stays silent is neither on time nor late (rule DASHBOARD-TIMELINESS). A council's comments on an LA
 * inspection's draft are a duty, not a window (rule LA-COMMENTS-DUE), and count.
 */
@Component
public class TimelinessAnalytics {

    private final JdbcTemplate jdbc;
    private final DeadlineBoard board;

    public TimelinessAnalytics(JdbcTemplate jdbc, DeadlineBoard board) {
        this.jdbc = jdbc;
        this.board = board;
    }

    /** The rows that are windows, not duties: the complaint window, and the comment period but on LA inspections. */
    private static final String WINDOW = "(code = 'COMPLAINT_WINDOW' OR code = 'PROVIDER_COMMENTS' "
            + "AND visit_type <> 'LA_SAFEGUARDING_LAC')";

    public List<TimelinessRow> timeliness(TimelinessGrouping grouping) {
        return timeliness(grouping, TimelinessFilter.NONE);
    }

    /** The rates over the rows the filter keeps: a visit type, a region, deadlines due in a period. */
    public List<TimelinessRow> timeliness(TimelinessGrouping grouping, TimelinessFilter filter) {
        // No constant in GROUP BY when ungrouped: PostgreSQL refuses one.
        String codeAndGroup = grouping == null ? "code" : "code, " + grouping.sql();
        String groupColumn = grouping == null ? "NULL" : grouping.sql();
        Map<List<String>, long[]> counts = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>(board.statusArgs());
        StringBuilder where = new StringBuilder(" WHERE NOT " + WINDOW);
        filter.appendTo(where, args);
        jdbc.query("SELECT code, " + groupColumn + " AS grp, status, COUNT(*) AS n FROM " + board.rowsWithStatus()
                + where + " GROUP BY " + codeAndGroup + ", status ORDER BY " + codeAndGroup, rs -> {
                    String key = grouping == null ? null : grouping.label(rs.getString("grp"));
                    long[] c = counts.computeIfAbsent(java.util.Arrays.asList(rs.getString("code"), key),
                            k -> new long[5]);
                    long n = rs.getLong("n");
                    switch (rs.getString("status")) {
                        case "MET" -> c[0] += n;
                        case "MET_LATE" -> c[1] += n;
                        case "MET_EARLY" -> c[4] += n;
                        case "OVERDUE" -> c[2] += n;
                        case "OPEN", "DUE_SOON" -> c[3] += n;
                        default -> { } // CANCELLED deadlines no longer apply and count nowhere
                    }
                }, args.toArray());
        List<TimelinessRow> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            long due = c[0] + c[1] + c[4] + c[2];
            rows.add(new TimelinessRow(key.get(0), key.get(1), c[0], c[1], c[4], c[2], c[3],
                    due == 0 ? null : (double) c[0] / due));
        });
        return rows;
    }
}
