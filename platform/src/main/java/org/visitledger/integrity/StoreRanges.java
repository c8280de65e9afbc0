package org.visitledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The store cut into ranges of visits (by visit id, in the database's own order) with about as many events each, so
 * that several readers can verify it at once.
 */
final class StoreRanges {

    private StoreRanges() {
    }

    /** At most {@code count} ranges that together hold every visit; one open range for a count of 1. */
    static List<Range> of(JdbcTemplate jdbc, int count) {
        if (count <= 1) {
            return List.of(new Range(null, null));
        }
        List<String> visits = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        jdbc.query("SELECT aggregate_identifier, COUNT(*) FROM domain_event_entry GROUP BY aggregate_identifier "
                + "ORDER BY aggregate_identifier", (RowCallbackHandler) rs -> {
                    visits.add(rs.getString(1));
                    sizes.add(rs.getLong(2));
                });
        long total = sizes.stream().mapToLong(Long::longValue).sum();
        List<Range> ranges = new ArrayList<>();
        String from = null;
        long seen = 0;
        for (int i = 0; i < visits.size() && ranges.size() < count - 1; i++) {
            seen += sizes.get(i);
            if (seen >= total * (ranges.size() + 1) / count && i + 1 < visits.size()) {
                String to = visits.get(i + 1);
                ranges.add(new Range(from, to));
                from = to;
            }
        }
        ranges.add(new Range(from, null));
        return ranges;
    }

    /** The visits with ids from {@code from} (inclusive) to {@code to} (exclusive); null is open. */
    record Range(String from, String to) {

        String where() {
            if (from == null && to == null) {
                return "";
            }
            if (from == null) {
                return " WHERE e.aggregate_identifier < ?";
            }
            return to == null ? " WHERE e.aggregate_identifier >= ?"
                    : " WHERE e.aggregate_identifier >= ? AND e.aggregate_identifier < ?";
        }

        void bind(PreparedStatement statement) throws SQLException {
            int at = 1;
            if (from != null) {
                statement.setString(at++, from);
            }
            if (to != null) {
                statement.setString(at, to);
            }
        }
    }
}
