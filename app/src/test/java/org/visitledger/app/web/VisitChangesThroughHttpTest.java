package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deferral, pause, provider concerns, revised provisional judgements and concern input through HTTP against the
 * real application (seed 004; docs/rules.md), including what the read models show afterwards.
 */
class VisitChangesThroughHttpTest extends RunningApp {

    @Test
    void a_deferral_asked_after_16_30_is_marked_late_and_once_granted_cancels_the_open_deadlines() {
        // Friday 2026-11-20 is in GMT: 16:30 London is 16:30Z.
        String visit = announce("SCH_ASSURANCE", "2026-11-20T09:00:00Z");
        ApiClient dutyDesk = inspector.as("dutydesk");
        // Rule OCCURRED-AT-RECEIVED: the provider's request is received now, long after 16:30 on 20 November.
        expect(inspector.as("provider").post(visit + "/deferral-request", """
                {"reason": "Registered manager in hospital"}"""), 200);
        expect(dutyDesk.post(visit + "/deferral-decision", """
                {"granted": true, "reason": "No deputy available"}"""), 200);

        JsonNode history = inspector.as("auditor").get(visit + "/history").json();
        JsonNode request = firstPayload(history, "DeferralRequested");
        assertThat(request.get("late").asBoolean()).isTrue();
        assertThat(firstPayload(history, "DeadlineCancelled").get("reason").asString()).isEqualTo("visit deferred");
        awaitStatus(visit, "DEFERRED");
        JsonNode annexA = awaitRead(inspector.as("analyst"), "/api/deadlines?visitId=" + id(visit),
                page -> page.get("items").size() == 1
                        && page.get("items").get(0).get("status").asString().equals("CANCELLED"));
        assertThat(annexA.get("items").get(0).get("code").asString()).isEqualTo("ANNEX_A_RETURN");
        assertThat(refusal(inspector.post(visit + "/arrival", null))).isEqualTo("VISIT_DEFERRED");
    }

    /**
     * Rule OCCURRED-AT-RECEIVED: a provider's own act is received when it is recorded, so the provider may not date
     * it earlier (400, nothing recorded); inspectorate staff may record one they received earlier, and the history
     * then shows both when it was received and when it was recorded.
     */
    @Test
    void a_provider_cannot_back_date_its_deferral_request_but_the_inspectorate_records_one_received_earlier() {
        String visit = announce("SCH_ASSURANCE", "2026-11-20T09:00:00Z");
        Instant testStarted = Instant.now();
        String receivedAt1625 = """
                {"reason": "Registered manager in hospital", "occurredAt": "2026-11-20T16:25:00Z"}""";
        long before = inspector.as("auditor").get(visit + "/history").json().size();

        Answer backDated = inspector.as("provider").post(visit + "/deferral-request", receivedAt1625);
        assertThat(backDated.status()).isEqualTo(400);
        assertThat(backDated.contentType()).startsWith("application/problem+json");
        assertThat(backDated.json().get("errors").get(0).get("field").asString()).isEqualTo("occurredAt");
        assertThat(inspector.as("auditor").get(visit + "/history").json().size()).isEqualTo(before);

        expect(inspector.post(visit + "/deferral-request", receivedAt1625), 200);
        JsonNode entry = inspector.as("auditor").get(visit + "/history").json().valueStream()
                .filter(e -> e.get("type").asString().equals("DeferralRequested")).findFirst().orElseThrow();
        assertThat(entry.get("payload").get("late").asBoolean()).isFalse();
        assertThat(Instant.parse(entry.get("occurredAt").asString()))
                .isEqualTo(Instant.parse("2026-11-20T16:25:00Z"));
        assertThat(Instant.parse(entry.get("recordedAt").asString())).isAfterOrEqualTo(testStarted.minusSeconds(1));
        assertThat(entry.get("actor").asString()).isEqualTo("inspector");
    }

    /** Rule NOTIFY-ENDS-WITH-VISIT: a withdrawal cancels the notifications not sent; they never show OVERDUE. */
    @Test
    void withdrawing_a_visit_cancels_its_unsent_notifications_so_that_none_is_left_overdue() {
        String visit = announce("RSS_ASSURANCE", "2026-11-20T09:00:00Z");
        expect(inspector.post(visit + "/notifications/N-1/sent",
                VisitRequests.at(Instant.parse("2026-11-20T09:10:00Z"))), 200);
        expect(inspector.as("manager").post(visit + "/withdrawal", """
                {"reason": "The school closed", "occurredAt": "2026-11-20T10:00:00Z"}"""), 200);

        JsonNode notifications = awaitRead(inspector.as("analyst"), "/api/notifications?visitId=" + id(visit),
                page -> page.get("items").size() == 2
                        && page.get("items").get(1).get("status").asString().equals("CANCELLED"));
        assertThat(notifications.get("items").get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(notifications.get("items").get(1).get("notificationId").asString()).isEqualTo("N-2");
        assertThat(Instant.parse(notifications.get("items").get(1).get("cancelledAt").asString()))
                .isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(inspector.as("analyst").get("/api/notifications?visitId=" + id(visit) + "&status=OVERDUE").json()
                .get("total").asLong()).isZero();
        assertThat(refusal(inspector.post(visit + "/notifications/N-2/sent", null)))
                .isEqualTo("NOTIFICATION_CANCELLED");
    }

    @Test
    void a_paused_visit_takes_no_activity_resumes_where_it_was_and_may_end_incomplete() {
        String visit = announce("RSS_ASSURANCE", null);
        expect(inspector.post(visit + "/arrival", null), 200);
        expect(inspector.as("dutydesk").post(visit + "/pause", "{\"reason\": \"Serious incident at the school\"}"), 200);
        awaitStatus(visit, "PAUSED");
        assertThat(refusal(inspector.post(visit + "/feedback", VisitRequests.feedback(false))))
                .isEqualTo("VISIT_PAUSED");

        // Rule PAUSE-DIRECTOR-ADVICE: no resumption before the regional director has advised on the pause.
        assertThat(refusal(inspector.as("dutydesk").post(visit + "/resume", "{\"reason\": \"Incident contained\"}")))
                .isEqualTo("NO_REGIONAL_DIRECTOR_ADVICE");
        expect(inspector.as("director").post(visit + "/pause-advice", "{\"advice\": \"Resume after lunch\"}"), 200);
        expect(inspector.as("dutydesk").post(visit + "/resume", "{\"reason\": \"Incident contained\"}"), 200);
        awaitStatus(visit, "ON_SITE");

        expect(inspector.as("dutydesk").post(visit + "/pause", "{\"reason\": \"The school closed\"}"), 200);
        expect(inspector.as("director").post(visit + "/pause-advice", "{\"advice\": \"End it; rearrange\"}"), 200);
        expect(inspector.as("dutydesk").post(visit + "/incomplete", "{\"reason\": \"The school stays closed\"}"), 200);
        JsonNode advice = firstPayload(inspector.as("auditor").get(visit + "/history").json(), "PauseAdvised");
        assertThat(advice.get("advice").asString()).isEqualTo("Resume after lunch");
        awaitStatus(visit, "INCOMPLETE");
        assertThat(refusal(inspector.as("dutydesk").post(visit + "/resume", "{\"reason\": \"Again\"}")))
                .isEqualTo("VISIT_INCOMPLETE");
    }

    @Test
    void the_draft_waits_until_the_provider_has_been_told_of_a_revised_judgement() {
        String visit = announce("SCH_ASSURANCE", null);
        expect(inspector.post(visit + "/annex-a", null), 200);
        expect(inspector.post(visit + "/feedback", VisitRequests.feedback(false)), 200);
        expect(inspector.post(visit + "/report/qa-submission", null), 200);
        expect(inspector.as("qa").post(visit + "/provisional-judgement-revision", """
                {"revisedFindings": "Serious concerns about restraint", "reasons": "QA found unrecorded restraint"}"""),
                200);

        assertThat(refusal(inspector.post(visit + "/report/draft", null)))
                .isEqualTo("PROVIDER_NOT_TOLD_OF_REVISED_JUDGEMENT");
        JsonNode history = inspector.as("auditor").get(visit + "/history").json();
        String notificationId = history.valueStream()
                .filter(e -> e.get("type").asString().equals("NotificationRequired"))
                .map(e -> e.get("payload")).filter(n -> n.get("purpose").asString().startsWith("Revised judgement"))
                .findFirst().orElseThrow().get("notificationId").asString();
        expect(inspector.post(visit + "/notifications/" + notificationId + "/sent", null), 200);
        expect(inspector.post(visit + "/report/draft", null), 200);
    }

    /**
     * Rule CONCERN-FINDING-REVISED: QA revising the finding to serious starts the escalation; revising it back
     * cancels its clocks and unsent notifications with recorded events, and the summary follows the latest finding.
     */
    @Test
    void a_serious_concerns_finding_revised_by_qa_starts_and_then_cancels_the_escalation() {
        String visit = announce("SCH_ASSURANCE", null);
        expect(inspector.post(visit + "/annex-a", null), 200);
        expect(inspector.post(visit + "/feedback", VisitRequests.feedback(false)), 200);
        expect(inspector.post(visit + "/report/qa-submission", null), 200);
        ApiClient qa = inspector.as("qa");
        expect(qa.post(visit + "/provisional-judgement-revision", """
                {"revisedFindings": "Serious concerns about restraint", "reasons": "QA found unrecorded restraint",
                 "seriousOrWidespreadConcerns": true}"""), 200);
        awaitRead(inspector, visit, summary -> summary.get("seriousOrWidespreadConcerns").asBoolean(false));
        awaitRead(inspector.as("analyst"), "/api/deadlines?visitId=" + id(visit) + "&code=CASE_REVIEW",
                page -> page.get("total").asLong() == 1);

        expect(qa.post(visit + "/provisional-judgement-revision", """
                {"revisedFindings": "No serious concerns", "reasons": "The second restraint log records every incident",
                 "seriousOrWidespreadConcerns": false}"""), 200);
        awaitRead(inspector, visit, summary -> !summary.get("seriousOrWidespreadConcerns").asBoolean(true));
        JsonNode caseReview = awaitRead(inspector.as("analyst"), "/api/deadlines?visitId=" + id(visit)
                + "&code=CASE_REVIEW", page -> page.get("items").get(0).get("status").asString().equals("CANCELLED"));
        assertThat(caseReview.get("total").asLong()).isEqualTo(1);
        JsonNode cancelled = awaitRead(inspector.as("analyst"), "/api/notifications?visitId=" + id(visit)
                + "&status=CANCELLED", page -> page.get("total").asLong() > 0);
        assertThat(cancelled.get("items").valueStream().map(n -> n.get("recipient").asString()))
                .contains("Department for Education");
        assertThat(refusal(inspector.as("manager").post(visit + "/debrief", """
                {"recommendation": "None"}"""))).isEqualTo("NO_CASE_REVIEW_REQUIRED");
    }

    /**
     * Rule INFORMAL-CONCERN-NEXT-DAY: recorded only on the working day after the visit, handled by someone independent
     * of it. The SCH visit ended on Wednesday 18 November 2026: the working day after is Thursday 19.
     */
    @Test
    void an_informal_concern_is_taken_only_on_the_working_day_after_the_visit_and_by_someone_independent() {
        String visit = announce("SCH_ASSURANCE", "2026-11-16T09:00:00Z");
        expect(inspector.post(visit + "/feedback", "{\"seriousOrWidespreadConcerns\": false, \"summary\": \"s\", "
                + "\"occurredAt\": \"2026-11-18T15:00:00Z\"}"), 200);
        String concern = """
                {"summary": "Our training records were not considered", "handledBy": "%s",
                 "outcome": "To be reviewed before the draft", "occurredAt": "%s"}""";

        assertThat(refusal(inspector.as("manager").post(visit + "/informal-concerns",
                concern.formatted("Ann Hale", "2026-11-20T10:00:00Z")))).isEqualTo("NOT_THE_WORKING_DAY_AFTER_THE_VISIT");
        assertThat(refusal(inspector.as("manager").post(visit + "/informal-concerns",
                concern.formatted("Jo Smith", "2026-11-19T10:00:00Z")))).isEqualTo("HANDLER_NOT_INDEPENDENT");
        Answer recorded = expect(inspector.as("manager").post(visit + "/informal-concerns",
                concern.formatted("Ann Hale", "2026-11-19T10:00:00Z")), 201);
        assertThat(recorded.json().get("informalConcernId").asString()).isEqualTo("IC-1");
        JsonNode entry = firstPayload(inspector.as("auditor").get(visit + "/history").json(), "InformalConcernHandled");
        assertThat(entry.get("handledBy").asString()).isEqualTo("Ann Hale");
        assertThat(inspector.as("provider").post(visit + "/informal-concerns",
                concern.formatted("Ann Hale", "2026-11-19T10:00:00Z")).status()).isEqualTo(403);
    }

    @Test
    void an_unresolved_provider_concern_is_escalated_once() {
        String visit = announce("RSS_ASSURANCE", null);
        Answer recorded = expect(inspector.post(visit + "/provider-concerns", """
                {"summary": "A child was interviewed without staff", "actionTaken": "Guidance explained",
                 "resolved": false}"""), 201);
        String concern = recorded.json().get("providerConcernId").asString();
        assertThat(concern).isEqualTo("PC-1");
        expect(inspector.post(visit + "/provider-concerns/PC-1/escalation", "{\"escalatedTo\": \"RIM North\"}"), 200);
        assertThat(refusal(inspector.post(visit + "/provider-concerns/PC-1/escalation", "{\"escalatedTo\": \"RIM\"}"))).isEqualTo("PROVIDER_CONCERN_ALREADY_ESCALATED");
        assertThat(refusal(inspector.post(visit + "/provider-concerns/PC-9/escalation", "{\"escalatedTo\": \"RIM\"}"))).isEqualTo("UNKNOWN_PROVIDER_CONCERN");
        JsonNode escalatedTo = firstPayload(inspector.as("auditor").get(visit + "/history").json(),
                "ProviderConcernEscalated").get("escalatedTo");
        assertThat(escalatedTo.get("role").asString()).as("stated by the name").isEqualTo("REGIONAL_INSPECTION_MANAGER");
        assertThat(escalatedTo.get("name").asString()).isEqualTo("RIM North");

        expect(inspector.post(visit + "/provider-concerns", """
                {"summary": "Another", "actionTaken": "Explained", "resolved": false}"""), 201);
        expect(inspector.post(visit + "/provider-concerns/PC-2/escalation",
                "{\"escalatedTo\": \"Jo Bloggs\", \"role\": \"UNDER_SECRETARY\"}"), 400);
        expect(inspector.post(visit + "/provider-concerns/PC-2/escalation",
                "{\"escalatedTo\": \"Jo Bloggs\", \"role\": \"SENIOR_INSPECTOR\"}"), 200);
        JsonNode history = inspector.as("auditor").get(visit + "/history").json();
        JsonNode second = history.get(history.size() - 1).get("payload").get("escalatedTo");
        assertThat(second.get("role").asString()).isEqualTo("SENIOR_INSPECTOR");
        assertThat(second.get("name").asString()).isEqualTo("Jo Bloggs");
    }

    @Test
    void a_concern_category_of_another_visit_type_is_bad_input_and_records_nothing() {
        String visit = announce("SCH_ASSURANCE", null);
        long before = inspector.get(visit + "/history").json().size();
        Answer answer = inspector.post(visit + "/concerns", """
                {"category": "LEADERSHIP_BREAKDOWN", "summary": "s", "details": "d"}""");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("category");
        assertThat(inspector.get(visit + "/history").json().size()).isEqualTo(before);
        assertThat(refusal(inspector.as("manager").post(visit + "/case-review",
                "{\"decisions\": [\"NO_FURTHER_ACTION\"], \"rationale\": \"r\"}")))
                .isEqualTo("NO_CASE_REVIEW_REQUIRED");
    }

    @Test
    void a_monitoring_visit_needs_a_case_review_that_decided_one() {
        String visit = announce("RSS_ASSURANCE", null);
        Answer answer = inspector.post("/api/visits", """
                {"visitType": "MONITORING", "followsVisitId": "%s", "leadInspector": "Jo Smith"}"""
                .formatted(id(visit)));
        assertThat(refusal(answer)).isEqualTo("NO_MONITORING_VISIT_DECIDED");
        assertThat(inspector.post("/api/visits", """
                {"visitType": "MONITORING", "followsVisitId": "no-such-visit", "leadInspector": "Jo Smith"}""")
                .status()).isEqualTo(404);
    }

    /** The summary lags the write (and answers 404 until the announcement is projected, which awaitRead allows). */
    private void awaitStatus(String visit, String status) {
        awaitRead(inspector, visit, summary -> summary.get("status").asString().equals(status));
    }

    private String announce(String type, String at) {
        Answer answer = expect(inspector.post("/api/visits",
                VisitRequests.announce(type, at == null ? null : Instant.parse(at))), 201);
        return "/api/visits/" + answer.json().get("visitId").asString();
    }

    private static String id(String visitPath) {
        return visitPath.substring(visitPath.lastIndexOf('/') + 1);
    }
}
