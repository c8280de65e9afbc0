package org.visitledger.app;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.visitledger.persistence.PostgresByteaDialect;

import java.util.Optional;
import java.util.UUID;

/**
 * The HTTP suite on PostgreSQL: with {@code VISIT_LEDGER_PG_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test})
 * and optionally {@code VISIT_LEDGER_PG_USER} / {@code VISIT_LEDGER_PG_PASSWORD} set, every application context of
 * the tests gets a schema of its own in that database, created and migrated by Flyway, with the postgres profile's
 * dialect. Without the variable the tests run on H2 files.
 */
public record PostgresTestDatabase(String url, String user, String password) {

    public static final String URL_VARIABLE = "VISIT_LEDGER_PG_URL";

    public static Optional<PostgresTestDatabase> fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PostgresTestDatabase(url, env("VISIT_LEDGER_PG_USER", "postgres"),
                env("VISIT_LEDGER_PG_PASSWORD", "")));
    }

    void register(DynamicPropertyRegistry registry) {
        String schema = "vl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", this::user);
        registry.add("spring.datasource.password", this::password);
        registry.add("spring.jpa.database-platform", PostgresByteaDialect.class::getName);
        // Flyway creates the schema, then migrates it (db/migration/common and db/migration/postgresql).
        registry.add("spring.flyway.schemas", () -> schema);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
