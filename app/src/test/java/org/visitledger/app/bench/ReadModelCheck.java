package org.visitledger.app.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.events.stream.RecordedEvent;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Catches a fast but wrong rebuild: every copy of a story must end with the same read-model rows (all columns
 * but the visit id), as many rows as the story's stream implies (one summary per visit, one dashboard row per
 * scheduled deadline, one log row per required notification, one version row per read model at the visit's
 * last sequence having seen all its events), and no table may hold any other row.
 */
final class ReadModelCheck {

    private static final List<String> READ_MODELS = List.of("visit-summary", "notification-log", "deadline-dashboard");

    private final JdbcTemplate jdbc;
    private final StoryCopies stories;
    private final List<String> problems = new ArrayList<>();

    ReadModelCheck(JdbcTemplate jdbc, StoryCopies stories) {
        this.jdbc = jdbc;
        this.stories = stories;
    }

    /** The problems found, none if every read model is what the streams imply. */
    List<String> run() {
        table("visit_summary", "", story -> 1L);
        table("deadline_visit", "", story -> 1L);
        table("deadline_row", "", story -> distinct(story, "DeadlineScheduled", "deadlineId"));
        table("notification_log", "", story -> distinct(story, "NotificationRequired", "notificationId"));
        for (String readModel : READ_MODELS) {
            table("read_model_version", " AND processing_group = '" + readModel + "'", story -> 1L);
        }
        return problems;
    }

    /** Rows of each story's copies in {@code table}: {@code perVisit(story)} kinds, each once per copy, nothing else. */
    private void table(String table, String and, Function<String, Long> perVisit) {
        List<String> columns = columnsBut(table, "visit_id");
        long expectedRows = 0;
        for (Map.Entry<String, Integer> story : stories.copies().entrySet()) {
            long copies = story.getValue();
            expectedRows += copies * perVisit.apply(story.getKey());
            // queryForList's rows are case-insensitive maps: H2 names result columns in upper case, PostgreSQL in lower.
            List<Map<String, Object>> kinds = jdbc.queryForList("SELECT " + String.join(", ", columns)
                    + ", COUNT(*) AS copies FROM " + table + " WHERE visit_id LIKE ?" + and + " GROUP BY "
                    + String.join(", ", columns), story.getKey() + "-%");
            if (kinds.size() != perVisit.apply(story.getKey())) {
                problems.add(table + and + ": " + story.getKey() + " has " + kinds.size() + " kinds of row, expected "
                        + perVisit.apply(story.getKey()) + ": " + kinds);
            }
            for (Map<String, Object> kind : kinds) {
                if (((Number) kind.get("copies")).longValue() != copies) {
                    problems.add(table + and + ": " + story.getKey() + " row " + kind + " in "
                            + kind.get("copies") + " of its " + copies + " copies");
                }
                if (table.equals("read_model_version")) {
                    versions(story.getKey(), kind);
                }
            }
        }
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE 1 = 1" + and, Long.class);
        System.out.printf("  %-60s %,10d rows, expected %,10d%n", table + and, rows, expectedRows);
        if (rows != expectedRows) {
            problems.add(table + and + ": " + rows + " rows, expected " + expectedRows);
        }
    }

    private void versions(String story, Map<String, Object> kind) {
        long version = ((Number) kind.get("version")).longValue();
        long seen = ((Number) kind.get("events_seen")).longValue();
        List<RecordedEvent> recorded = stories.recorded(story);
        long last = recorded.get(recorded.size() - 1).sequence();
        if (version != last || seen != stories.eventsOf(story)) {
            problems.add("read_model_version " + kind + " of " + story + ": expected version " + last + ", "
                    + stories.eventsOf(story) + " events seen");
        }
    }

    private long distinct(String story, String eventType, String field) {
        return stories.recorded(story).stream()
                .filter(e -> e.payloadType().endsWith("." + eventType))
                .map(e -> e.payload().required(field).asString())
                .distinct().count();
    }

    private List<String> columnsBut(String table, String excluded) {
        return jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                if (!name.equals(excluded)) {
                    names.add(name);
                }
            }
            return names;
        });
    }
}
