package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/** docs/api.md, "Commands" (idempotency): same key and body replays the first answer; another body is 422. */
class IdempotencyTest extends RunningApp {

    @Test
    void repeating_a_key_with_the_same_body_returns_the_first_answer_and_records_nothing() {
        ApiClient client = inspector.with("Idempotency-Key", UUID.randomUUID().toString());
        Answer first = client.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        Answer second = client.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        String visitId = first.json().get("visitId").asString();
        long firstVersion = first.json().get("version").asLong();
        assertThat(inspector.get("/api/visits/" + visitId + "/history").json().size()).isEqualTo(firstVersion + 1);
    }

    @Test
    void repeating_a_key_on_a_lifecycle_command_records_it_once() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json()
                .get("visitId").asString();
        ApiClient client = inspector.with("Idempotency-Key", "arrival-" + visitId);

        Answer first = client.post("/api/visits/" + visitId + "/arrival", null);
        Answer second = client.post("/api/visits/" + visitId + "/arrival", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        long arrivals = inspector.get("/api/visits/" + visitId + "/history").json().valueStream()
                .filter(e -> e.get("type").asString().equals("InspectorsArrivedOnSite")).count();
        assertThat(arrivals).isEqualTo(1);
    }

    @Test
    void reusing_a_key_with_a_different_body_is_422_and_records_nothing() {
        ApiClient client = inspector.with("Idempotency-Key", UUID.randomUUID().toString());
        Answer first = client.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));

        Answer other = client.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE"));

        assertThat(first.status()).isEqualTo(201);
        assertProblem(other, 422);
    }

    @Test
    void keys_belong_to_the_user_who_sent_them() {
        // The provider concern is a command both the inspector and the provider (of SC000001) may send.
        String visit = "/api/visits/" + inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json()
                .get("visitId").asString();
        String concern = "{\"summary\": \"Interview without staff\", \"actionTaken\": \"Explained\", \"resolved\": true}";
        String key = UUID.randomUUID().toString();
        Answer mine = inspector.with("Idempotency-Key", key).post(visit + "/provider-concerns", concern);
        Answer theirs = inspector.as("provider").with("Idempotency-Key", key).post(visit + "/provider-concerns", concern);

        assertThat(mine.json().get("providerConcernId").asString()).isEqualTo("PC-1");
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("providerConcernId").asString()).isEqualTo("PC-2");
    }

    @Test
    void a_key_longer_than_200_characters_is_400_naming_the_header() {
        Answer answer = inspector.with("Idempotency-Key", "k".repeat(201))
                .post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(answer.json().get("instance").asString()).isEqualTo("/api/visits");
    }
}
