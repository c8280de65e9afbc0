package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole RSS assurance visit recorded after the fact (every command back-dated with occurredAt), using the
 * 2025-04-16 working-day test vector: visit over Easter, deadlines counted around the bank holidays.
 */
class AssuranceLifecycleThroughHttpTest extends RunningApp {

    @Test
    void an_rss_visit_over_easter_2025_runs_from_announcement_to_closed_with_the_working_day_deadlines() {
        String visitId = step(inspector.post("/api/visits",
                VisitRequests.announce("RSS_ASSURANCE", Instant.parse("2025-04-16T08:05:00Z"))), 201)
                .json().get("visitId").asString();
        String visit = "/api/visits/" + visitId;
        step(inspector.post(visit + "/annex-a", VisitRequests.at(Instant.parse("2025-04-16T12:40:00Z"))), 200);
        step(inspector.post(visit + "/arrival", VisitRequests.at(Instant.parse("2025-04-17T08:00:00Z"))), 200);
        step(inspector.post(visit + "/feedback", "{\"seriousOrWidespreadConcerns\": false, \"summary\": \"Well cared for\","
                + " \"occurredAt\": \"2025-04-17T15:00:00Z\"}"), 200);
        step(inspector.post(visit + "/report/qa-submission", VisitRequests.at(Instant.parse("2025-04-22T09:00:00Z"))), 200);
        step(inspector.post(visit + "/report/draft", VisitRequests.at(Instant.parse("2025-05-14T09:00:00Z"))), 200);
        step(inspector.post(visit + "/report/provider-comments", "{\"comments\": \"Factual corrections attached\","
                + " \"occurredAt\": \"2025-05-20T09:00:00Z\"}"), 200);
        step(inspector.post(visit + "/report/final", "{\"requirements\": [], \"recommendations\": [\"Review the log\"],"
                + " \"childFriendlySummaryIncluded\": true, \"occurredAt\": \"2025-06-05T09:00:00Z\"}"), 200);
        step(inspector.post(visit + "/report/publication", "{\"url\": \"https://reports.example/rss/1\","
                + " \"occurredAt\": \"2025-06-16T09:00:00Z\"}"), 200);

        JsonNode history = inspector.as("auditor").get(visit + "/history").json();
        Map<String, String> dueAt = history.valueStream()
                .filter(e -> e.get("type").asString().equals("DeadlineScheduled"))
                .collect(Collectors.toMap(e -> e.get("payload").get("code").asString(),
                        e -> e.get("payload").get("dueAt").asString()));
        assertThat(dueAt).containsEntry("ANNEX_A_RETURN", "2025-04-16T13:00:00Z")
                .containsEntry("QA_SUBMISSION", "2025-04-22T22:59:59Z")
                .containsEntry("DRAFT_REPORT", "2025-05-16T22:59:59Z")
                .containsEntry("FINAL_REPORT", "2025-06-04T22:59:59Z")
                .containsEntry("PUBLICATION", "2025-06-16T22:59:59Z")
                .containsEntry("PROVIDER_COMMENTS", "2025-05-21T22:59:59Z")
                .containsEntry("COMPLAINT_WINDOW", "2025-06-12T22:59:59Z");
        Map<String, Boolean> lastMetLate = history.valueStream()
                .filter(e -> e.get("type").asString().equals("DeadlineMet"))
                .collect(Collectors.toMap(e -> e.get("payload").get("code").asString(),
                        e -> e.get("payload").get("late").asBoolean(), (a, b) -> b));
        assertThat(lastMetLate).containsEntry("ANNEX_A_RETURN", false).containsEntry("QA_SUBMISSION", false)
                .containsEntry("DRAFT_REPORT", false).containsEntry("PROVIDER_COMMENTS", false)
                .containsEntry("FINAL_REPORT", true).containsEntry("PUBLICATION", false)
                .containsEntry("COMPLAINT_WINDOW", false);
        List<String> types = history.valueStream().map(e -> e.get("type").asString()).toList();
        assertThat(types).endsWith("VisitClosed");

        JsonNode summary = summaryAtVersion(visit, history.get(history.size() - 1).get("sequence").asLong());
        assertThat(summary.get("status").asString()).isEqualTo("CLOSED");
        assertThat(summary.get("visitEndedOn").asString()).isEqualTo("2025-04-17");
        assertThat(summary.get("seriousOrWidespreadConcerns").asBoolean()).isFalse();
        assertThat(summary.get("rulebookVersion").asString()).isEqualTo("4");
    }

    /** The summary is a projection that lags writes slightly: wait until it has caught up. */
    private JsonNode summaryAtVersion(String visit, long version) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Answer answer = inspector.get(visit);
            if (answer.status() == 200 && answer.json().get("version").asLong() >= version) {
                return answer.json();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("summary never reached version " + version + ": " + answer);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Answer step(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }
}
