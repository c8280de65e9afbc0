package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

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

    /** An SCH visit of the provider user's own provider, up to a revised judgement, before the report. */
    private String visitWithEveryConfidentialField() {
        String visit = "/api/visits/" + inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json()
                .get("visitId").asString();
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
