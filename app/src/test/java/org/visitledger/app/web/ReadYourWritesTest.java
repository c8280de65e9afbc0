package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/** docs/api.md "Reads": X-Min-Version waits for the read model to catch up with the version a command answered. */
class ReadYourWritesTest extends RunningApp {

    @Test
    void a_read_with_the_commands_version_sees_the_commands_effect_at_once() {
        Answer created = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        String visitId = created.json().get("visitId").asString();
        Answer arrived = inspector.post("/api/visits/" + visitId + "/arrival", null);
        Answer sent = inspector.post("/api/visits/" + visitId + "/notifications/N-1/sent", null);
        ApiClient reader = inspector.as("analyst").with("X-Min-Version", String.valueOf(sent.json().get("version").asLong()));

        Answer summary = reader.get("/api/visits/" + visitId);
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("status").asString()).isEqualTo("ON_SITE");
        assertThat(summary.json().get("version").asLong()).isGreaterThanOrEqualTo(arrived.json().get("version").asLong());

        Answer notifications = reader.get("/api/notifications?visitId=" + visitId);
        assertThat(notifications.json().get("items").get(0).get("status").asString()).isEqualTo("SENT");

        Answer deadlines = reader.get("/api/deadlines?visitId=" + visitId);
        assertThat(deadlines.json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_version_the_visit_never_reaches_answers_503_with_retry_after() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json()
                .get("visitId").asString();

        Answer answer = inspector.with("X-Min-Version", "1000").get("/api/visits/" + visitId);

        assertProblem(answer, 503);
        assertThat(answer.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void x_min_version_needs_a_visit_and_a_number() {
        assertProblem(inspector.with("X-Min-Version", "3").get("/api/deadlines"), 400);
        assertProblem(inspector.with("X-Min-Version", "three").get("/api/visits/x"), 400);
    }
}
