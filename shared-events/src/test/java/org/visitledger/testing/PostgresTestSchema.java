package org.visitledger.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh, empty schema of the PostgreSQL test server for one application context or read side, dropped (with
 * everything in it) by {@link #close()}.
 * <p>
 * A run that dies (kill -9, a surefire time-out) cannot drop its schemas. So each live schema is marked by a session
 * advisory lock, held on one connection per JVM until the schema is dropped; the server releases a session's locks
 * when its connection ends, however the JVM ended. Before its first schema a JVM drops each test schema whose lock
 * it can take: those were left by runs that have ended, never those of a run still going (another build on the same
 * server), which an age limit could not tell apart.
 */
public final class PostgresTestSchema implements AutoCloseable {

    /** The names this class makes; other vl_test_ schemas are not its own and are never touched. */
    private static final String OURS = "^vl_test_[a-z]+_[0-9a-f]{12}$";
    /** The first key of the two-key advisory locks, whose key space is apart from the one-key locks Flyway takes. */
    private static final int LOCK_SPACE = 0x766c7473;

    /** Holds the locks of this JVM's live schemas; opened with the first schema and never closed by the tests. */
    private static Connection keeper;

    private final String name;
    private final String url;
    private boolean dropped;

    private PostgresTestSchema(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** A new schema named vl_test_{owner}_{12 hex digits}; {@code owner} is lower-case letters, e.g. "app". */
    public static synchronized PostgresTestSchema create(PostgresTestServer server, String owner) {
        if (!owner.matches("[a-z]+")) {
            throw new IllegalArgumentException("owner must be lower-case letters: " + owner);
        }
        try {
            Connection locks = keeper(server);
            while (true) {
                String name = "vl_test_" + owner + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                // Another JVM holding the same lock key (a hash of its schema's name) would make this one's drop
                // wait for it: try another name instead.
                if (tryLock(locks, name)) {
                    execute(locks, "CREATE SCHEMA " + name);
                    return new PostgresTestSchema(name, server.urlFor(name));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + server.url(), e);
        }
    }

    public String name() {
        return name;
    }

    /** The server's URL with this schema as the connections' only schema. */
    public String url() {
        return url;
    }

    /** Drops the schema: call it once nothing uses it any more (its connections closed), or the drop waits. */
    @Override
    public void close() {
        synchronized (PostgresTestSchema.class) {
            if (dropped) {
                return;
            }
            try {
                execute(keeper, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
                unlock(keeper, name);
                dropped = true;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + name, e);
            }
        }
    }

    private static Connection keeper(PostgresTestServer server) throws SQLException {
        if (keeper == null) {
            keeper = server.connect();
            dropLeftovers(keeper);
        }
        return keeper;
    }

    /** Runs before this JVM holds any lock: a session may take its own advisory locks again. */
    private static void dropLeftovers(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT nspname FROM pg_namespace WHERE nspname ~ '" + OURS + "' ORDER BY nspname")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        int dropped = 0;
        for (String name : names) {
            if (tryLock(connection, name)) {
                execute(connection, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
                unlock(connection, name);
                dropped++;
            }
        }
        if (dropped > 0) {
            System.err.printf("dropped %d test schema(s) left by earlier runs that ended without dropping them%n",
                    dropped);
        }
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        return lockCall(connection, "pg_try_advisory_lock", name);
    }

    private static void unlock(Connection connection, String name) throws SQLException {
        lockCall(connection, "pg_advisory_unlock", name);
    }

    private static boolean lockCall(Connection connection, String function, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + function + "(?, hashtext(?))")) {
            statement.setInt(1, LOCK_SPACE);
            statement.setString(2, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
