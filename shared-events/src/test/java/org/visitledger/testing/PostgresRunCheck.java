package org.visitledger.testing;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Says in each module's report whether its PostgreSQL run happens (a subclass in each module that has one): skipped,
 * with the reason, when {@code VISIT_LEDGER_PG_URL} is not set; when it is set, the server must answer and take and
 * drop a test schema, or the build fails here, with the cause, rather than all over the suite.
 */
public abstract class PostgresRunCheck {

    @Test
    void the_postgresql_test_server_is_reachable_and_drops_the_test_schemas() throws SQLException {
        Optional<PostgresTestServer> configured = PostgresTestServer.fromEnvironment();
        if (configured.isEmpty()) {
            // Surefire's console counts a skipped test but keeps its reason in the report files: say it here too.
            System.out.println(PostgresTestServer.NOT_SET);
        }
        assumeTrue(configured.isPresent(), PostgresTestServer.NOT_SET);
        PostgresTestServer server = configured.get();
        try (Connection connection = connect(server)) {
            PostgresTestSchema schema = PostgresTestSchema.create(server, "check");
            assertThat(exists(connection, schema.name())).as("created " + schema.name()).isTrue();

            schema.close();

            assertThat(exists(connection, schema.name())).as("dropped " + schema.name()).isFalse();
        }
    }

    private static Connection connect(PostgresTestServer server) {
        try {
            return server.connect();
        } catch (SQLException e) {
            return fail("PostgreSQL is not reachable at " + server.url() + " as " + server.user() + " ("
                    + PostgresTestServer.URL_VARIABLE + "): " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM pg_namespace WHERE nspname = ?")) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1) == 1;
            }
        }
    }
}
