package org.visitledger.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The query side on its own ({@code java -jar visit-ledger-query-side-exec.jar}): the read models' processors and
 * the query API, on the shared PostgreSQL event store. Several instances divide the processors' segments between
 * them through Axon's token claims, and take over a dead instance's segments (docs/operations.md, "Split deployment"). Its
 * settings are {@code query-side.yml}, not application.yml, so that the combined app keeps its own.
 */
@SpringBootApplication(scanBasePackages = {"org.visitledger.query", "org.visitledger.security", "org.visitledger.persistence",
        "org.visitledger.settings", "org.visitledger.deadletters", "org.visitledger.requests", "org.visitledger.limits",
        "org.visitledger.openapi", "org.visitledger.rulebook", "org.visitledger.lifecycle",
        "org.visitledger.integrity", "org.visitledger.erasure"})
public class QuerySideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side")
                .run(args);
    }
}
