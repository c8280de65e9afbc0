package org.visitledger.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.TreeSet;

/**
 * One line when the application is ready (issue 21): where it answers and, in the embedded profile, who can sign in,
 * so that a newcomer who started the jar knows what to do next without the README.
 */
@Component
public class StartupLine {

    private static final Logger log = LoggerFactory.getLogger(StartupLine.class);

    private final Environment environment;

    public StartupLine(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        log.info(line());
    }

    String line() {
        String url = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + "/";
        String line = "visit-ledger is ready at " + url + " (API description: " + url + "swagger-ui.html)";
        if (environment.acceptsProfiles(Profiles.of(DemoUsersConfiguration.PROFILE))) {
            line += "; demo users, each password its name: "
                    + String.join(", ", new TreeSet<>(DemoUsersConfiguration.DEMO_USERS.keySet()));
        }
        return line;
    }
}
