package org.visitledger.app.split;

import org.visitledger.testing.PostgresTestSchema;
import org.visitledger.testing.PostgresTestServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A fresh PostgreSQL schema the processes of one split deployment share, read directly to check them. */
record SplitDatabase(PostgresTestServer server, PostgresTestSchema testSchema) {

    /** A schema of its own (dropped by the next run if this one dies before {@link #drop()}). */
    static SplitDatabase fresh(PostgresTestServer server) {
        return new SplitDatabase(server, PostgresTestSchema.create(server, "split"));
    }

    String schema() {
        return testSchema.name();
    }

    String jdbcUrl() {
        return testSchema.url();
    }

    String user() {
        return server.user();
    }

    String password() {
        return server.password();
    }

    /** Every row of a table, each as one string, sorted: equal lists mean equal tables. */
    List<String> dump(String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(String::compareTo);
        return rows;
    }

    /** Each visit's last sequence number in the event store. */
    Map<String, Long> lastSequenceByVisit() throws SQLException {
        Map<String, Long> last = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT aggregate_identifier, MAX(sequence_number), COUNT(*) FROM domain_event_entry "
                        + "GROUP BY aggregate_identifier")) {
            while (rs.next()) {
                if (rs.getLong(3) != rs.getLong(2) + 1) {
                    throw new AssertionError("visit " + rs.getString(1) + " has a gap in its event sequence");
                }
                last.put(rs.getString(1), rs.getLong(2));
            }
        }
        return last;
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    void drop() {
        testSchema.close();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }
}
