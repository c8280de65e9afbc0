package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default (what the rest of the HTTP suite runs on): with no profile chosen the demo users sign in
 * with HTTP Basic, and there is no bearer-token authentication to get past.
 */
class EmbeddedProfileTest extends RunningApp {

    @Autowired
    private Environment environment;

    @Test
    void with_no_profile_chosen_the_embedded_profile_and_its_demo_users_are_in_force() {
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(environment.getDefaultProfiles()).containsExactly("embedded");

        expect(inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 201);
        expect(inspector.as("admin").get("/api/admin/projections"), 200);
    }

    @Test
    void a_bearer_token_is_not_accepted_in_the_embedded_profile() {
        String token = new TokenIssuer().token("jo.smith", "INSPECTOR").signed();

        Answer refused = expect(anonymous.with("Authorization", "Bearer " + token)
                .post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Basic ");
    }
}
