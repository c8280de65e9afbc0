package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 (rule VISIT-NEXT-ACTIONS): command answers and {@code GET /api/visits/{id}} carry the visit's status and the
 * commands the caller may send next; a client that only follows them walks a visit through its lifecycle, and each
 * role is offered its own steps only.
 */
class NextActionsThroughHttpTest extends RunningApp {

    @Test
    void a_client_that_follows_the_offered_actions_takes_a_visit_to_its_draft_report() {
        Answer announced = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE"));
        assertThat(announced.status()).as(announced.toString()).isEqualTo(201);
        JsonNode answer = announced.json();
        String visit = "/api/visits/" + answer.get("visitId").asString();
        assertThat(answer.get("status").asString()).isEqualTo("ANNOUNCED");
        assertThat(rels(answer)).contains("annex-a", "arrival", "withdrawal", "notifications/{notificationId}/sent")
                .doesNotContain("report/qa-submission", "resume", "complaints");
        assertThat(answer.get("actions").get(0).get("method").asString()).isEqualTo("POST");

        answer = follow(inspector, answer, "annex-a", null);
        assertThat(answer.get("status").asString()).isEqualTo("ANNOUNCED");
        assertThat(rels(answer)).doesNotContain("annex-a").contains("arrival");

        answer = follow(inspector, answer, "arrival", null);
        assertThat(answer.get("status").asString()).isEqualTo("ON_SITE");
        assertThat(rels(answer)).doesNotContain("arrival", "deferral-request").contains("feedback");

        answer = follow(inspector, answer, "feedback", VisitRequests.feedback(false));
        assertThat(answer.get("status").asString()).isEqualTo("VISIT_ENDED");
        assertThat(rels(answer)).contains("report/qa-submission").doesNotContain("feedback", "withdrawal", "pause");

        answer = follow(inspector, answer, "report/qa-submission", null);
        assertThat(answer.get("status").asString()).isEqualTo("IN_QA");
        assertThat(rels(answer)).contains("report/draft").doesNotContain("report/qa-submission");

        answer = follow(inspector, answer, "report/draft", null);
        assertThat(answer.get("status").asString()).isEqualTo("DRAFT_SENT");
        assertThat(rels(answer)).contains("report/provider-comments").doesNotContain("report/draft");
        long version = answer.get("version").asLong();

        // The same visit read by each role: the status, and only that role's next steps.
        JsonNode asProvider = read(inspector.as("provider"), visit, version);
        assertThat(asProvider.get("status").asString()).isEqualTo("DRAFT_SENT");
        assertThat(rels(asProvider)).contains("report/provider-comments")
                .doesNotContain("report/final", "notifications/{notificationId}/sent");
        assertThat(rels(read(inspector.as("qa"), visit, version))).isEmpty();
        assertThat(rels(read(inspector.as("analyst"), visit, version))).isEmpty();
        assertThat(rels(read(inspector.as("auditor"), visit, version))).isEmpty();
        assertThat(rels(read(inspector, visit, version))).contains("report/provider-comments", "concerns");
    }

    @Test
    void a_notification_offered_to_send_is_offered_until_it_is_recorded_sent() {
        JsonNode answer = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json();
        List<String> offered = hrefs(answer, "notifications/{notificationId}/sent");
        assertThat(offered).isNotEmpty().allMatch(href -> href.matches("/api/visits/[^/]+/notifications/N-\\d+/sent"));

        Answer sent = inspector.post(offered.get(0), null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(hrefs(sent.json(), "notifications/{notificationId}/sent")).doesNotContain(offered.get(0))
                .containsAll(offered.subList(1, offered.size()));
    }

    @Test
    void a_paused_visit_offers_the_duty_desk_its_way_out_once_the_director_has_advised() {
        JsonNode answer = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json();
        String visit = "/api/visits/" + answer.get("visitId").asString();
        ApiClient dutyDesk = inspector.as("dutydesk");
        answer = follow(dutyDesk, read(dutyDesk, visit, answer.get("version").asLong()), "pause",
                "{\"reason\": \"Serious incident at the home\"}");
        assertThat(answer.get("status").asString()).isEqualTo("PAUSED");
        assertThat(rels(answer)).contains("duty-desk-calls").doesNotContain("pause", "resume", "incomplete");
        assertThat(rels(read(inspector, visit, answer.get("version").asLong()))).doesNotContain("arrival", "concerns");

        JsonNode advised = follow(inspector.as("director"), read(inspector.as("director"), visit,
                answer.get("version").asLong()), "pause-advice", "{\"advice\": \"Resume tomorrow\"}");
        JsonNode asDutyDesk = read(dutyDesk, visit, advised.get("version").asLong());
        assertThat(rels(asDutyDesk)).contains("resume", "incomplete");

        JsonNode resumed = follow(dutyDesk, asDutyDesk, "resume", "{\"reason\": \"Incident contained\"}");
        assertThat(resumed.get("status").asString()).isEqualTo("ANNOUNCED");
        assertThat(rels(resumed)).contains("pause").doesNotContain("resume");
    }

    /** Sends the offered action named {@code rel} to its href, as the client would; answers the command's answer. */
    private static JsonNode follow(ApiClient client, JsonNode answer, String rel, String body) {
        List<String> hrefs = hrefs(answer, rel);
        assertThat(hrefs).as("%s offered in %s", rel, answer).hasSize(1);
        Answer next = client.post(hrefs.get(0), body);
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        return next.json();
    }

    private static JsonNode read(ApiClient client, String visit, long version) {
        Answer summary = client.with("X-Min-Version", Long.toString(version)).get(visit);
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().get("version").asLong()).isEqualTo(version);
        return summary.json();
    }

    private static List<String> rels(JsonNode answer) {
        return answer.get("actions").valueStream().map(action -> action.get("rel").asString()).toList();
    }

    private static List<String> hrefs(JsonNode answer, String rel) {
        return answer.get("actions").valueStream().filter(action -> action.get("rel").asString().equals(rel))
                .map(action -> action.get("href").asString()).toList();
    }
}
