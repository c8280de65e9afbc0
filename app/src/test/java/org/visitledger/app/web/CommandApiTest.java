package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/api.md "Basics" through HTTP: 201/200 bodies, ETag, Location, actor and correlation id. */
class CommandApiTest extends RunningApp {

    @Test
    void announcing_a_visit_answers_201_with_location_etag_and_version() {
        Answer created = inspector.post("/api/visits",
                VisitRequests.announce("SCH_ASSURANCE", VisitRequests.PAST_MORNING));

        assertThat(created.status()).isEqualTo(201);
        String visitId = created.json().get("visitId").asString();
        assertThat(created.header("Location")).endsWith("/api/visits/" + visitId);
        // VisitAnnounced, AnnexARequested, DeadlineScheduled, DeadlineMissed (13:00 that day has passed),
        // NotificationRequired: sequences 0..4
        assertThat(created.json().get("version").asLong()).isEqualTo(4);
        assertThat(created.header("ETag")).isEqualTo("\"4\"");
    }

    @Test
    void a_command_on_an_existing_visit_answers_200_with_the_new_version() {
        String visitId = announced("RSS_ASSURANCE");

        Answer returned = inspector.post("/api/visits/" + visitId + "/annex-a", null);

        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("visitId").asString()).isEqualTo(visitId);
        long version = returned.json().get("version").asLong();
        assertThat(returned.header("ETag")).isEqualTo("\"" + version + "\"");
        JsonNode history = inspector.get("/api/visits/" + visitId + "/history").json();
        assertThat(history.get(history.size() - 1).get("sequence").asLong()).isEqualTo(version);
    }

    @Test
    void every_event_records_the_actor_and_the_clients_correlation_id() {
        Answer created = inspector.with("X-Correlation-Id", "call-2024-12-16-0902")
                .post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        assertThat(created.header("X-Correlation-Id")).isEqualTo("call-2024-12-16-0902");
        String visitId = created.json().get("visitId").asString();

        JsonNode history = inspector.as("auditor").get("/api/visits/" + visitId + "/history").json();

        assertThat(history.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode entry : history) {
            assertThat(entry.get("actor").asString()).isEqualTo("inspector");
            assertThat(entry.get("correlationId").asString()).isEqualTo("call-2024-12-16-0902");
        }
    }

    @Test
    void a_correlation_id_is_generated_when_the_client_sends_none() {
        Answer created = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        String correlationId = created.header("X-Correlation-Id");
        assertThat(correlationId).isNotBlank();
        String visitId = created.json().get("visitId").asString();

        JsonNode first = inspector.get("/api/visits/" + visitId + "/history").json().get(0);

        assertThat(first.get("correlationId").asString()).isEqualTo(correlationId);
    }

    @Test
    void history_shows_business_time_and_recorded_time() {
        String visitId = announced("RSS_ASSURANCE");
        inspector.post("/api/visits/" + visitId + "/arrival", null);

        JsonNode arrival = inspector.get("/api/visits/" + visitId + "/history").json().valueStream()
                .filter(e -> e.get("type").asString().equals("InspectorsArrivedOnSite")).findFirst().orElseThrow();

        assertThat(arrival.get("type").asString()).isEqualTo("InspectorsArrivedOnSite");
        assertThat(arrival.get("occurredAt").asString()).isNotBlank();
        assertThat(arrival.get("recordedAt").asString()).isNotBlank();
        assertThat(arrival.get("payload").get("visitId").asString()).isEqualTo(visitId);
    }

    private String announced(String type) {
        Answer created = inspector.post("/api/visits", VisitRequests.announce(type));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("visitId").asString();
    }
}
