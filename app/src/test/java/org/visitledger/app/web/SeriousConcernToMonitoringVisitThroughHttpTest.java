package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The design's core story through HTTP (issue 4): an SCH visit over Easter 2025 ends with a serious concern, the
 * manager debriefs and decides a monitoring visit at the case review, the monitoring visit is announced on the
 * original (meeting its MONITORING_VISIT deadline), the monitoring-visit process creates it, and its final report
 * requires the DfE outcome notification. Every command is back-dated; every due time is a literal from the
 * working-day rules (visit end Maundy Thursday 2025-04-17; 18 and 21 April are bank holidays; BST, so the end of a
 * London day is 22:59:59Z).
 */
class SeriousConcernToMonitoringVisitThroughHttpTest extends RunningApp {

    @Test
    void an_sch_visit_with_a_serious_concern_leads_through_the_case_review_to_a_published_monitoring_visit() {
        ApiClient manager = inspector.as("manager");
        String visitId = expect(inspector.post("/api/visits", """
                {"visitType": "SCH_ASSURANCE",
                 "provider": {"urn": "SC000001", "name": "Oakfield Secure Home", "localAuthority": "Kent", "region": "South East"},
                 "leadInspector": "Jo Smith", "teamInspectors": ["Sam Lee"], "placingAuthorities": ["Kent", "Medway"],
                 "occurredAt": "2025-04-15T08:00:00Z"}"""), 201).json().get("visitId").asString();
        String visit = "/api/visits/" + visitId;
        expect(inspector.post(visit + "/annex-a", at("2025-04-15T11:30:00Z")), 200);
        expect(inspector.post(visit + "/arrival", at("2025-04-15T13:00:00Z")), 200);
        Answer concern = expect(inspector.post(visit + "/concerns", """
                {"category": "SERIOUS", "summary": "Restraint not recorded",
                 "details": "A night worker reports unrecorded restraint", "occurredAt": "2025-04-16T10:00:00Z"}"""), 201);
        assertThat(concern.json().get("concernId").asString()).isEqualTo("CON-1");
        Answer denial = inspector.post(visit + "/feedback", """
                {"seriousOrWidespreadConcerns": false, "summary": "No concerns", "occurredAt": "2025-04-17T14:00:00Z"}""");
        assertThat(denial.status()).isEqualTo(409);
        assertThat(denial.json().get("reason").asString()).isEqualTo("SERIOUS_CONCERNS_RAISED");
        expect(inspector.post(visit + "/feedback", """
                {"seriousOrWidespreadConcerns": true, "summary": "Serious concerns about restraint",
                 "occurredAt": "2025-04-17T14:00:00Z"}"""), 200);

        JsonNode history = inspector.as("auditor").get(visit + "/history").json();
        assertThat(dueTimes(history)).containsEntry("CASE_REVIEW", "2025-04-28T22:59:59Z")
                .containsEntry("LA_NOTIFICATION", "2025-04-22T22:59:59Z")
                .containsEntry("QA_SUBMISSION", "2025-04-22T22:59:59Z");
        List<String> escalation = notifications(history, "2025-04-22T22:59:59Z");
        // SCH rulebook version 3: the DCS of the home's own authority and of each placing one, emailed and phoned.
        assertThat(escalation).containsExactlyInAnyOrder("Director of children's services, Kent|EMAIL_THEN_PHONE",
                "Director of children's services, Medway|EMAIL_THEN_PHONE",
                "provider SC000001 (Oakfield Secure Home)|EMAIL", "Department for Education|EMAIL");

        Answer tooEarly = manager.post(visit + "/case-review", """
                {"decisions": ["MONITORING_VISIT"], "rationale": "Restraint practice", "occurredAt": "2025-04-23T10:00:00Z"}""");
        assertThat(tooEarly.json().get("reason").asString()).isEqualTo("DEBRIEF_NOT_HELD");
        expect(manager.post(visit + "/debrief", """
                {"recommendation": "Monitoring visit within 6 weeks", "occurredAt": "2025-04-22T09:00:00Z"}"""), 200);
        expect(manager.post(visit + "/case-review", """
                {"decisions": ["MONITORING_VISIT", "ENFORCEMENT_ACTION"], "rationale": "Restraint practice places children at risk",
                 "occurredAt": "2025-04-25T15:00:00Z"}"""), 200);

        history = inspector.as("auditor").get(visit + "/history").json();
        assertThat(dueTimes(history)).containsEntry("MONITORING_VISIT", "2025-06-12T22:59:59Z");
        assertThat(lastMetLate(history)).containsEntry("CASE_REVIEW", false);
        assertThat(notifications(history, "2025-04-28T22:59:59Z")).containsExactly("Department for Education|EMAIL");

        Answer commissioned = expect(inspector.post("/api/visits", """
                {"visitType": "MONITORING", "followsVisitId": "%s", "leadInspector": "Jo Smith",
                 "plannedLengthDays": 1, "occurredAt": "2025-06-02T07:30:00Z"}""".formatted(visitId)), 202);
        String monitoringId = commissioned.json().get("visitId").asString();
        assertThat(commissioned.header("Location")).endsWith("/api/visits/" + monitoringId);
        assertThat(lastMetLate(inspector.get(visit + "/history").json())).containsEntry("MONITORING_VISIT", false);

        String monitoring = "/api/visits/" + monitoringId;
        JsonNode announced = awaitRead(inspector, monitoring + "/state?version=0", createdByTheProcess -> true);
        assertThat(announced.get("visitType").asString()).isEqualTo("MONITORING");
        assertThat(announced.get("status").asString()).isEqualTo("ANNOUNCED");
        JsonNode firstEvent = inspector.get(monitoring + "/history").json().get(0);
        assertThat(firstEvent.get("payload").get("followsVisitId").asString()).isEqualTo(visitId);
        assertThat(firstEvent.get("payload").get("provider").get("urn").asString()).isEqualTo("SC000001");
        assertThat(firstEvent.get("actor").asString()).as("the inspector who announced it").isEqualTo("inspector");

        expect(inspector.post(monitoring + "/arrival", at("2025-06-02T08:00:00Z")), 200);
        expect(inspector.post(monitoring + "/feedback", """
                {"seriousOrWidespreadConcerns": false, "summary": "Restraint now recorded", "occurredAt": "2025-06-02T15:00:00Z"}"""), 200);
        expect(inspector.post(monitoring + "/report/qa-submission", at("2025-06-03T09:00:00Z")), 200);
        expect(inspector.post(monitoring + "/report/draft", at("2025-06-20T09:00:00Z")), 200);
        expect(inspector.post(monitoring + "/report/provider-comments", """
                {"comments": "None", "occurredAt": "2025-06-23T09:00:00Z"}"""), 200);
        expect(inspector.post(monitoring + "/report/final", """
                {"requirements": [], "recommendations": [], "childFriendlySummaryIncluded": false,
                 "occurredAt": "2025-07-01T09:00:00Z"}"""), 200);
        expect(inspector.post(monitoring + "/report/publication", """
                {"url": "https://reports.example/monitoring/1", "occurredAt": "2025-07-10T09:00:00Z"}"""), 200);

        JsonNode monitoringHistory = inspector.as("auditor").get(monitoring + "/history").json();
        assertThat(dueTimes(monitoringHistory)).containsEntry("QA_SUBMISSION", "2025-06-03T22:59:59Z")
                .containsEntry("DRAFT_REPORT", "2025-06-26T22:59:59Z")
                .containsEntry("FINAL_REPORT", "2025-07-14T22:59:59Z")
                .containsEntry("PUBLICATION", "2025-07-24T22:59:59Z");
        JsonNode outcome = awaitRead(inspector.as("analyst"), "/api/notifications?visitId=" + monitoringId,
                page -> page.get("items").valueStream()
                        .anyMatch(n -> n.get("purpose").asString().equals("Outcome of the monitoring visit")));
        JsonNode dfe = outcome.get("items").valueStream()
                .filter(n -> n.get("purpose").asString().equals("Outcome of the monitoring visit")).findFirst().orElseThrow();
        assertThat(dfe.get("recipient").asString()).isEqualTo("Department for Education");
        assertThat(dfe.get("dueAt").asString()).isEqualTo("2025-07-02T22:59:59Z");
    }

    private static String at(String instant) {
        return "{\"occurredAt\": \"" + Instant.parse(instant) + "\"}";
    }

    private static Map<String, String> dueTimes(JsonNode history) {
        return history.valueStream().filter(e -> e.get("type").asString().equals("DeadlineScheduled"))
                .collect(Collectors.toMap(e -> e.get("payload").get("code").asString(),
                        e -> e.get("payload").get("dueAt").asString()));
    }

    private static Map<String, Boolean> lastMetLate(JsonNode history) {
        return history.valueStream().filter(e -> e.get("type").asString().equals("DeadlineMet"))
                .collect(Collectors.toMap(e -> e.get("payload").get("code").asString(),
                        e -> e.get("payload").get("late").asBoolean(), (a, b) -> b));
    }

    /** "recipient|channel" of every notification required with this due time. */
    private static List<String> notifications(JsonNode history, String dueAt) {
        return history.valueStream().filter(e -> e.get("type").asString().equals("NotificationRequired"))
                .map(e -> e.get("payload"))
                .filter(n -> n.get("dueAt").asString().equals(dueAt))
                .map(n -> n.get("recipient").asString() + "|" + n.get("channel").asString()).toList();
    }

}
