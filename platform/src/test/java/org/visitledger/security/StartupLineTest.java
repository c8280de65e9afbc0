package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21: the one start-up line names the URL and, in the embedded profile only, the demo users. */
class StartupLineTest {

    @Test
    void in_the_embedded_profile_the_line_names_the_url_and_the_demo_users() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8080");
        environment.setActiveProfiles("embedded");

        assertThat(new StartupLine(environment).line())
                .startsWith("visit-ledger is ready at http://localhost:8080/ (API description: "
                        + "http://localhost:8080/swagger-ui.html)")
                .contains("demo users, each password its name: admin, analyst, auditor, council, director, dutydesk, "
                        + "inspector, manager, provider, qa");
    }

    @Test
    void elsewhere_it_names_no_users() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8081");
        environment.setActiveProfiles("postgres");

        assertThat(new StartupLine(environment).line()).contains("http://localhost:8081/").doesNotContain("demo users");
    }
}
