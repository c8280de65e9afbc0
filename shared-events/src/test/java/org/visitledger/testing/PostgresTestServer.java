package org.visitledger.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL server of the build's PostgreSQL runs. The build runs the HTTP (app) and projection (query-side)
 * suites twice when {@code VISIT_LEDGER_PG_URL} is set: once on H2 as always, then in a second surefire execution
 * (Maven profile postgresql-tests) with the system property {@code visit-ledger.test.database=postgresql}, where
 * each application context or read side gets a schema of its own in this database ({@link PostgresTestSchema}).
 * Plain JDBC only, so that the modules that use it bring their own driver.
 */
public record PostgresTestServer(String url, String user, String password) {

    public static final String URL_VARIABLE = "VISIT_LEDGER_PG_URL";
    public static final String DATABASE_PROPERTY = "visit-ledger.test.database";
    public static final String NOT_SET = URL_VARIABLE
            + " is not set: the PostgreSQL runs of the HTTP/projection suites are skipped";

    /** True in the PostgreSQL execution (or when a developer passes -Dvisit-ledger.test.database=postgresql). */
    public static boolean selected() {
        return "postgresql".equalsIgnoreCase(System.getProperty(DATABASE_PROPERTY, ""));
    }

    /** The server {@code VISIT_LEDGER_PG_URL} (and {@code VISIT_LEDGER_PG_USER}, {@code _PASSWORD}) names, if set. */
    public static Optional<PostgresTestServer> fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PostgresTestServer(url, env("VISIT_LEDGER_PG_USER", "postgres"),
                env("VISIT_LEDGER_PG_PASSWORD", "")));
    }

    /** The server of a PostgreSQL run: a run asked for without a server is a mistake, not a reason to use H2. */
    public static PostgresTestServer required() {
        return fromEnvironment().orElseThrow(() -> new IllegalStateException(
                DATABASE_PROPERTY + "=postgresql needs " + URL_VARIABLE + " (e.g. jdbc:postgresql://127.0.0.1:5432/test)"));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * The server's URL with {@code schema} as the connections' only schema (search_path), and commits that do not
     * wait for the disk: a test database need not survive a crash of the server, and waiting made the projection
     * tests, which commit every statement, several times slower. What other sessions see is unchanged.
     */
    public String urlFor(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&options=-c%20synchronous_commit%3Doff";
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
