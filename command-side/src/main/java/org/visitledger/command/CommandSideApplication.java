package org.visitledger.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side on its own ({@code java -jar visit-ledger-command-side-exec.jar}): the command API, the Visit
 * aggregate, the processes and the deadline scheduler, on the shared PostgreSQL event store. Any number of these may
 * run side by side (docs/operations.md, "Split deployment"). Its settings are {@code command-side.yml}, not application.yml, so
 * that the combined app, which has this class on its class path, keeps its own.
 */
@SpringBootApplication(scanBasePackages = {"org.visitledger.command", "org.visitledger.security", "org.visitledger.persistence",
        "org.visitledger.settings", "org.visitledger.deadletters", "org.visitledger.requests", "org.visitledger.limits",
        "org.visitledger.openapi", "org.visitledger.rulebook", "org.visitledger.lifecycle",
        "org.visitledger.integrity", "org.visitledger.erasure"})
public class CommandSideApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=command-side")
                .run(args);
    }
}
