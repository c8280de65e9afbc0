package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level isolation (issue 6): the provider demo user is bound to provider URN SC000001. Another provider's
 * visit is, to it, a visit that does not exist (404, nothing recorded), and every list shows its own visits only.
 */
class ProviderIsolationTest extends RunningApp {

    private static final String OTHER_PROVIDER = VisitRequests.announce("SCH_ASSURANCE")
            .replace("SC000001", "SC000002").replace("Oakfield Secure Home", "Elm House");

    @Test
    void another_providers_visit_is_unknown_to_a_provider_and_a_command_on_it_records_nothing() {
        ApiClient provider = inspector.as("provider");
        String other = "/api/visits/" + inspector.post("/api/visits", OTHER_PROVIDER).json().get("visitId").asString();
        awaitRead(inspector, other, summary -> summary.get("version").asLong() >= 3);
        int recorded = inspector.as("auditor").get(other + "/history").json().size();

        assertThat(expect(provider.get(other), 404).contentType()).startsWith("application/problem+json");
        Answer annexA = expect(provider.post(other + "/annex-a", null), 404);
        assertThat(annexA.json().get("detail").asString()).contains("No visit");
        expect(provider.post(other + "/deferral-request", "{\"reason\": \"Manager away\"}"), 404);
        assertThat(inspector.as("auditor").get(other + "/history").json().size()).isEqualTo(recorded);
    }

    @Test
    void a_provider_acts_on_its_own_visit() {
        String own = "/api/visits/" + inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json()
                .get("visitId").asString();
        expect(inspector.as("provider").post(own + "/annex-a", null), 200);
        assertThat(awaitRead(inspector.as("provider"), own, summary -> summary.get("version").asLong() >= 5)
                .get("provider").get("urn").asString()).isEqualTo("SC000001");
    }

    @Test
    void lists_show_a_provider_its_own_visits_only() {
        String own = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json().get("visitId")
                .asString();
        String other = inspector.post("/api/visits", OTHER_PROVIDER).json().get("visitId").asString();
        // Both visits are in the read models (as the inspector sees them) before the provider looks.
        awaitRead(inspector, "/api/notifications?visitId=" + other, page -> page.get("total").asLong() > 0);
        awaitRead(inspector, "/api/deadlines?visitId=" + other, page -> page.get("total").asLong() > 0);
        awaitRead(inspector, "/api/visits/" + own, summary -> true);
        awaitRead(inspector, "/api/visits/" + other, summary -> true);
        ApiClient provider = inspector.as("provider");

        List<String> visitUrns = items(provider.get("/api/visits?size=500")).stream()
                .map(v -> v.get("provider").get("urn").asString()).distinct().toList();
        assertThat(visitUrns).containsExactly("SC000001");
        assertThat(items(provider.get("/api/visits?size=500")).stream().map(v -> v.get("visitId").asString()))
                .contains(own).doesNotContain(other);
        assertThat(items(provider.get("/api/visits?providerUrn=SC000002"))).isEmpty();
        assertThat(items(provider.get("/api/deadlines?size=500")).stream().map(d -> d.get("visitId").asString()))
                .contains(own).doesNotContain(other);
        assertThat(items(provider.get("/api/notifications?size=500")).stream().map(n -> n.get("visitId").asString()))
                .contains(own).doesNotContain(other);
        assertThat(items(provider.get("/api/deadlines?visitId=" + other))).isEmpty();
        assertThat(items(provider.get("/api/notifications?visitId=" + other))).isEmpty();
    }

    private static List<JsonNode> items(Answer answer) {
        return expect(answer, 200).json().get("items").valueStream().toList();
    }
}
