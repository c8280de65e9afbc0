package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confidential fields (issue 6): a concern's details, what was said to the duty desk and the provisional findings
 * (feedback summary, revised judgement) reach the inspectorate and auditors only. The raw text never appears in any
 * answer to an analyst or a provider; the provider sees its visit's provisional findings once the final report is
 * sent, and never the concern details.
 */
class ConfidentialFieldsTest extends RunningApp {

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String concernDetails = "whistle-blower Ann Example " + marker;
    private final String dutyDeskSummary = "duty desk told of Ann Example " + marker;
    private final String findings = "provisional findings " + marker;
    private final String revisedFindings = "revised findings " + marker;
    private final String revisionReasons = "revision reasons " + marker;

    @Test
    void analysts_and_providers_never_receive_the_confidential_text_and_auditors_do() {
        String visit = visitWithEveryConfidentialField();
        List<String> secrets = List.of(concernDetails, dutyDeskSummary, findings, revisedFindings, revisionReasons);

        for (String user : List.of("analyst", "provider")) {
            for (String read : reads(visit)) {
                String body = inspector.as(user).get(read).body();
                assertThat(secrets).as("%s reading %s", user, read).noneMatch(body::contains);
            }
        }
        String redacted = inspector.as("analyst").get(visit + "/history").body();
        assertThat(redacted).contains("[redacted]");
        String audited = inspector.as("auditor").get(visit + "/history").body();
        assertThat(secrets).allMatch(audited::contains);
        String inspectorate = inspector.as("manager").get(visit + "/history").body();
        assertThat(secrets).allMatch(inspectorate::contains);
    }

    @Test
    void the_provider_sees_the_provisional_findings_with_the_final_report_but_never_the_concern_details() {
        String visit = visitWithEveryConfidentialField();
        expect(inspector.post(visit + "/report/qa-submission", null), 200);
        String notification = firstUnsentRevisionNotice(visit);
        expect(inspector.post(visit + "/notifications/" + notification + "/sent", null), 200);
        expect(inspector.post(visit + "/report/draft", null), 200);
        expect(inspector.as("provider").post(visit + "/report/provider-comments", "{\"comments\": \"None\"}"), 200);
        expect(inspector.post(visit + "/report/final", """
                {"requirements": [], "recommendations": [], "childFriendlySummaryIncluded": true}"""), 200);

        String providerView = inspector.as("provider").get(visit + "/history").body();
        assertThat(providerView).contains(findings, revisedFindings, revisionReasons)
                .doesNotContain(concernDetails, dutyDeskSummary);
        String analystView = inspector.as("analyst").get(visit + "/history").body();
        assertThat(analystView).doesNotContain(findings, revisedFindings, revisionReasons, concernDetails,
                dutyDeskSummary);
    }

    /**
     * Rule ACCESS-PROVISIONAL-FLAG: an analyst reads the finding on serious or widespread concerns, in the summaries
     * and in the history, only once the final report is sent; the inspectorate reads it at once.
     */
    @Test
    void analysts_read_the_serious_concerns_finding_only_once_the_final_report_is_sent() {
        String region = "Region " + marker;
        String visit = visitWithEveryConfidentialField(region);
        ApiClient analyst = inspector.as("analyst");

        assertThat(analyst.get(visit).json().get("seriousOrWidespreadConcerns").isNull()).isTrue();
        assertThat(analyst.get("/api/visits?region=" + region.replace(" ", "%20")).json().get("items").get(0)
                .get("seriousOrWidespreadConcerns").isNull()).isTrue();
        assertThat(firstPayload(analyst.get(visit + "/history").json(), "VerbalFeedbackGiven")
                .get("seriousOrWidespreadConcerns").asString()).isEqualTo("[redacted]");
        assertThat(inspector.as("manager").get(visit).json().get("seriousOrWidespreadConcerns").asBoolean()).isTrue();

        sendTheFinalReport(visit);
        awaitRead(analyst, visit, summary -> summary.get("status").asString().equals("FINAL_SENT"));
        assertThat(analyst.get(visit).json().get("seriousOrWidespreadConcerns").asBoolean()).isTrue();
        assertThat(firstPayload(analyst.get(visit + "/history").json(), "VerbalFeedbackGiven")
                .get("seriousOrWidespreadConcerns").asBoolean()).isTrue();
    }

    /** Rule ACCESS-CONCERNS-WHILE-LIVE: a provider reads a concern's summary only once the visit has ended. */
    @Test
    void a_provider_reads_the_summary_of_a_concern_only_once_the_visit_has_ended() {
        String summary = "Restraint not recorded " + marker;
        String visit = "/api/visits/" + expect(inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")),
                201).json().get("visitId").asString();
        expect(inspector.post(visit + "/arrival", null), 200);
        expect(inspector.post(visit + "/concerns", """
                {"category": "SERIOUS", "summary": "%s", "details": "d"}""".formatted(summary)), 201);

        JsonNode live = firstPayload(inspector.as("provider").get(visit + "/history").json(), "ConcernRaised");
        assertThat(live.get("summary").asString()).isEqualTo("[redacted]");

        expect(inspector.post(visit + "/feedback", VisitRequests.feedback(true)), 200);
        JsonNode ended = firstPayload(inspector.as("provider").get(visit + "/history").json(), "ConcernRaised");
        assertThat(ended.get("summary").asString()).isEqualTo(summary);
        assertThat(ended.get("details").asString()).isEqualTo("[redacted]");
    }

    /**
     * Rule ACCESS-INTERIM-LATER-INSPECTORS (seed 002): once an interim visit's letter is published, inspectors (those
     * of the school's next inspection among them) no longer read what the visit gathered; the letter stays, and the
     * inspectorate's managers and auditors read everything.
     */
    @Test
    void once_an_interim_visits_letter_is_published_inspectors_no_longer_read_what_it_gathered() {
        String concern = "Referrals not followed up " + marker;
        String call = "Discussed the referrals " + marker;
        String comments = "Pupil numbers corrected " + marker;
        String letterUrl = "https://reports.example/interim/" + UUID.randomUUID();
        String interim = "/api/visits/" + expect(inspector.post("/api/visits", """
                {"visitType": "SCHOOL_INTERIM",
                 "provider": {"urn": "100001", "name": "Brook Lane Primary", "localAuthority": "Leeds",
                 "region": "Yorkshire"}, "leadInspector": "Ann Hale", "teamInspectors": ["Raj Patel"],
                 "occurredAt": "2025-10-13T09:00:00Z"}"""), 201).json().get("visitId").asString();
        expect(inspector.post(interim + "/arrival", VisitRequests.at(Instant.parse("2025-10-14T09:00:00Z"))), 200);
        expect(inspector.post(interim + "/concerns", """
                {"category": "SAFEGUARDING", "summary": "%s", "details": "%s", "occurredAt": "2025-10-14T10:00:00Z"}"""
                .formatted(concern, concern)), 201);
        expect(inspector.post(interim + "/duty-desk-calls", """
                {"summary": "%s", "occurredAt": "2025-10-14T10:30:00Z"}""".formatted(call)), 200);
        expect(inspector.post(interim + "/feedback", """
                {"seriousOrWidespreadConcerns": false, "summary": "%s", "occurredAt": "2025-10-14T15:00:00Z"}"""
                .formatted(findings)), 200);
        expect(inspector.post(interim + "/factual-accuracy-check", """
                {"comments": "%s", "occurredAt": "2025-10-16T12:00:00Z"}""".formatted(comments)), 200);
        List<String> gathered = List.of(concern, call, findings, comments);
        String beforeTheLetter = inspector.get(interim + "/history").body();
        assertThat(gathered).as("its own inspectors, before the letter").allMatch(beforeTheLetter::contains);

        expect(inspector.post(interim + "/report/publication", """
                {"url": "%s", "occurredAt": "2025-10-21T09:00:00Z"}""".formatted(letterUrl)), 200);
        String inspectorView = inspector.get(interim + "/history").body();
        assertThat(gathered).as("an inspector, once the letter is published").noneMatch(inspectorView::contains);
        assertThat(inspectorView).contains(letterUrl);
        for (String user : List.of("manager", "auditor")) {
            String full = inspector.as(user).get(interim + "/history").body();
            assertThat(gathered).as(user).allMatch(full::contains);
        }
    }

    private void sendTheFinalReport(String visit) {
        expect(inspector.post(visit + "/report/qa-submission", null), 200);
        expect(inspector.post(visit + "/notifications/" + firstUnsentRevisionNotice(visit) + "/sent", null), 200);
        expect(inspector.post(visit + "/report/draft", null), 200);
        expect(inspector.as("provider").post(visit + "/report/provider-comments", "{\"comments\": \"None\"}"), 200);
        expect(inspector.post(visit + "/report/final", """
                {"requirements": [], "recommendations": [], "childFriendlySummaryIncluded": true}"""), 200);
    }

    /** An SCH visit of the provider user's own provider, up to a revised judgement, before the report. */
    private String visitWithEveryConfidentialField() {
        return visitWithEveryConfidentialField("South East");
    }

    private String visitWithEveryConfidentialField(String region) {
        String visit = "/api/visits/" + inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")
                .replace("South East", region)).json().get("visitId").asString();
        expect(inspector.post(visit + "/annex-a", null), 200);
        expect(inspector.post(visit + "/concerns", """
                {"category": "SERIOUS", "summary": "Restraint not recorded", "details": "%s"}""".formatted(
                concernDetails)), 201);
        expect(inspector.post(visit + "/duty-desk-calls", "{\"summary\": \"%s\"}".formatted(dutyDeskSummary)), 200);
        expect(inspector.post(visit + "/feedback", """
                {"seriousOrWidespreadConcerns": true, "summary": "%s"}""".formatted(findings)), 200);
        expect(inspector.as("qa").post(visit + "/provisional-judgement-revision", """
                {"revisedFindings": "%s", "reasons": "%s"}""".formatted(revisedFindings, revisionReasons)), 200);
        awaitRead(inspector, visit, summary -> summary.get("status").asString().equals("VISIT_ENDED"));
        return visit;
    }

    private List<String> reads(String visit) {
        String id = visit.substring(visit.lastIndexOf('/') + 1);
        return List.of(visit, visit + "/history", visit + "/state?version=20", "/api/visits?size=500",
                "/api/deadlines?visitId=" + id, "/api/notifications?visitId=" + id, "/api/deadlines/summary",
                "/api/analytics/timeliness");
    }

    private String firstUnsentRevisionNotice(String visit) {
        JsonNode history = inspector.as("auditor").get(visit + "/history").json();
        return history.valueStream().filter(e -> e.get("type").asString().equals("NotificationRequired"))
                .map(e -> e.get("payload")).filter(n -> n.get("purpose").asString().startsWith("Revised judgement"))
                .findFirst().orElseThrow().get("notificationId").asString();
    }

}
