package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "No 500 for anything a client can send": hostile bodies on every command path of a live visit. */
class NoServerErrorForClientInputTest extends RunningApp {

    private static final List<String> PATHS = List.of("", "/annex-a", "/information-requests",
            "/information-requests/FI-1/fulfilment", "/arrival", "/feedback", "/withdrawal", "/report/qa-submission",
            "/report/draft", "/report/provider-comments", "/report/final", "/report/publication", "/complaints",
            "/complaints/C-1/outcome", "/notifications/N-1/sent", "/notifications/N-1/confirmation",
            "/notifications/%00/sent", "/concerns", "/debrief", "/case-review", "/provider-concerns",
            "/provider-concerns/PC-1/escalation", "/provisional-judgement-revision", "/deferral-request",
            "/deferral-decision", "/pause", "/resume", "/incomplete", "/duty-desk-calls", "/conversion",
            "/factual-accuracy-check");

    private static final List<String> BODIES = List.of("", "null", "[]", "{}", "\"text\"", "42", "{\"occurredAt\": 5}",
            "{\"occurredAt\": \"2025-13-45T99:00:00Z\"}", "{\"occurredAt\": \"+999999999-12-31T23:59:59Z\"}",
            "{\"occurredAt\": \"-999999999-01-01T00:00:00Z\"}", "{\"occurredAt\": \"2027-01-01T00:00:00Z\"}",
            "{\"items\": [null], \"dueAt\": \"2030-01-01T00:00:00Z\"}", "{\"items\": \"x\", \"dueAt\": []}",
            "{\"seriousOrWidespreadConcerns\": \"maybe\", \"summary\": 7}",
            "{\"seriousOrWidespreadConcerns\": null, \"summary\": null}",
            "{\"requirements\": [\"\"], \"recommendations\": null, \"childFriendlySummaryIncluded\": true}",
            "{\"url\": \"javascript:alert(1)\"}", "{\"summary\": \"" + "x".repeat(30_000) + "\"}",
            "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}", "{\"visitType\": null}",
            "{\"visitType\": \"RSS_ASSURANCE\", \"provider\": null, \"leadInspector\": \"\", \"plannedLengthDays\": -1}",
            "{\"visitType\": \"RSS_ASSURANCE\", \"provider\": {\"urn\": \"1\", \"name\": \"n\", \"localAuthority\": \"l\", "
                    + "\"region\": \"r\"}, \"leadInspector\": \"x\", \"plannedLengthDays\": 99999999999}",
            "{\"visitType\": \"RSS_ASSURANCE\", \"provider\": {\"urn\": \"1\", \"name\": \"n\", \"localAuthority\": \"l\", "
                    + "\"region\": \"r\"}, \"leadInspector\": \"x\", \"followsVisitId\": \"other\"}",
            "{\"visitType\": \"MONITORING\", \"leadInspector\": \"x\", \"followsVisitId\": \"no-such-visit\"}",
            "{\"visitType\": \"MONITORING\", \"leadInspector\": \"x\"}",
            "{\"category\": \"SAFEGUARDING\", \"summary\": \"s\", \"details\": \"d\"}",
            "{\"category\": \"NOT_A_CATEGORY\", \"summary\": \"s\", \"details\": \"d\"}",
            "{\"decisions\": [], \"rationale\": \"r\"}", "{\"decisions\": [null], \"rationale\": \"r\"}",
            "{\"decisions\": [\"NO_FURTHER_ACTION\", \"MONITORING_VISIT\"], \"rationale\": \"r\"}",
            "{\"summary\": \"s\", \"actionTaken\": \"a\", \"resolved\": \"perhaps\"}",
            "{\"granted\": null, \"reason\": \"r\"}", "{\"reason\": \"\"}", "{\"escalatedTo\": \"RIM\"}",
            "{\"revisedFindings\": \"f\", \"reasons\": \"r\"}");

    @Test
    void no_body_on_any_command_path_produces_a_server_error() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json()
                .get("visitId").asString();
        List<String> serverErrors = new ArrayList<>();
        for (String path : PATHS) {
            String url = path.isEmpty() ? "/api/visits" : "/api/visits/" + visitId + path;
            for (String body : BODIES) {
                Answer answer = inspector.post(url, body);
                if (answer.status() >= 500) {
                    serverErrors.add(url + " " + body.substring(0, Math.min(80, body.length())) + " -> " + answer);
                }
                assertThat(answer.contentType()).as(url + " " + body).isNotNull();
            }
        }
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void odd_visit_ids_and_headers_produce_no_server_error() {
        for (String id : List.of("%20", "..", "x".repeat(5_000), "%E2%98%83", "%27%3B%20drop%20table%20domain_event_entry")) {
            assertThat(inspector.post("/api/visits/" + id + "/arrival", null).status()).as(id).isLessThan(500);
        }
        assertThat(inspector.with("If-Match", "\"99999999999999999999\"")
                .post("/api/visits/x/arrival", null).status()).isLessThan(500);
        assertThat(inspector.with("X-Correlation-Id", "x".repeat(1_000))
                .post("/api/visits/x/arrival", null).status()).isLessThan(500);
    }
}
