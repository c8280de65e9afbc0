package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole LA safeguarding and looked-after-children inspection of Northshire County Council (LA881) through the API,
 * recorded after the fact on the Christmas 2024 vector (docs/rules.md section 13): the council's own acts, the case
 * sample, every grade with one limited and one overridden, a significant risk of harm, the report path and a
 * complaint; bad input answered 400 or 409 and recorded nothing; the council sees its own inspection only, and it and
 * analysts read the grades only once the final report was sent.
 */
class LaInspectionThroughHttpTest extends RunningApp {

    private static final String ANNOUNCEMENT = """
            {"visitType": "LA_SAFEGUARDING_LAC",
             "provider": {"urn": "la881", "name": "Northshire County Council", "localAuthority": "Northshire",
                          "region": "East of England"},
             "leadInspector": "Ruth Okafor", "teamInspectors": ["Dev Mistry", "Alison Grant"],
             "occurredAt": "2024-12-02T09:00:00Z"}""";
    private static final List<String> SAFEGUARDING = List.of("CHILDREN_ARE_SAFE", "CHILDREN_FEEL_SAFE",
            "EQUALITY_AND_DIVERSITY", "CAPACITY_FOR_IMPROVEMENT", "QUALITY_OF_PROVISION", "SERVICE_RESPONSIVENESS",
            "ASSESSMENT_AND_DIRECT_WORK", "CASE_PLANNING_REVIEW_AND_RECORDING", "AMBITION_AND_PRIORITISATION",
            "EVALUATION", "USER_ENGAGEMENT", "PARTNERSHIPS", "VALUE_FOR_MONEY", "LEADERSHIP_AND_MANAGEMENT",
            "OVERALL_EFFECTIVENESS");
    private static final List<String> LOOKED_AFTER = List.of("EDUCATIONAL_PROGRESS", "BEING_HEALTHY", "STAYING_SAFE",
            "ENJOYING_AND_ACHIEVING", "MAKING_A_POSITIVE_CONTRIBUTION", "ACHIEVING_ECONOMIC_WELL_BEING",
            "EQUALITY_AND_DIVERSITY", "CAPACITY_FOR_IMPROVEMENT", "QUALITY_OF_PROVISION", "SERVICE_RESPONSIVENESS",
            "ASSESSMENT_AND_DIRECT_WORK", "CASE_PLANNING_REVIEW_AND_RECORDING", "AMBITION_AND_PRIORITISATION",
            "EVALUATION", "USER_ENGAGEMENT", "PARTNERSHIPS", "VALUE_FOR_MONEY", "PROMOTING_SAFEGUARDING",
            "LEADERSHIP_AND_MANAGEMENT", "OVERALL_EFFECTIVENESS");
    private static final String RATIONALE = "Missing-from-care records were put right during fieldwork";

    @Test
    void an_la_inspection_runs_from_notification_to_publication_with_a_limited_grade_and_an_override() {
        ApiClient council = inspector.as("council");
        ApiClient analyst = inspector.as("analyst");
        ApiClient auditor = inspector.as("auditor");
        String visit = "/api/visits/" + expect(inspector.post("/api/visits", ANNOUNCEMENT), 201).json()
                .get("visitId").asString();

        // The council's list, received by email on day 4: the inspectorate records when it was received.
        expect(inspector.post(visit + "/case-list", """
                {"safeguardingCases": 412, "lookedAfterCases": 268, "occurredAt": "2024-12-05T15:00:00Z"}"""), 200);
        expect(inspector.as("provider").get(visit), 404);
        expect(inspector.post(visit + "/case-selections", selection("2024-12-06T14:00:00Z", "SG-1", 4, "LAC-1", 4)),
                200);
        expect(inspector.post(visit + "/arrival", "{\"occurredAt\": \"2024-12-16T09:00:00Z\"}"), 200);
        expect(inspector.post(visit + "/case-selections", selection("2024-12-16T11:00:00Z", "SG-2", 6, "LAC-2", 6)),
                200);
        Answer risk = expect(inspector.post(visit + "/concerns", """
                {"category": "SIGNIFICANT_RISK_OF_HARM", "summary": "A child on a plan has had no visit for 11 weeks",
                 "details": "Case SG-2-3", "occurredAt": "2024-12-20T15:00:00Z"}"""), 201);
        assertThat(risk.json().get("concernId").asString()).isEqualTo("CON-1");

        for (String area : SAFEGUARDING) {
            expect(inspector.post(visit + "/judgements", grade("SAFEGUARDING", area,
                    area.equals("CHILDREN_FEEL_SAFE") ? "ADEQUATE" : "GOOD")), 200);
        }
        for (String area : LOOKED_AFTER.subList(0, LOOKED_AFTER.size() - 1)) {
            expect(inspector.post(visit + "/judgements", grade("LOOKED_AFTER_CHILDREN", area,
                    area.equals("STAYING_SAFE") ? "ADEQUATE" : "GOOD")), 200);
        }
        long beforeBadInput = auditor.get(visit + "/history").json().size();
        // Rule LA-LIMIT-OVERRIDE: no override without a rationale.
        assertThat(expect(inspector.post(visit + "/judgements", """
                {"element": "LOOKED_AFTER_CHILDREN", "area": "OVERALL_EFFECTIVENESS", "grade": "GOOD",
                 "overrideLimits": true}"""), 400).json().get("errors").get(0).get("field").asString())
                .isEqualTo("overrideRationale");
        expect(inspector.post(visit + "/judgements", grade("SAFEGUARDING", "CHILDREN_ARE_SAFE", "EXCELLENT")), 400);
        expect(inspector.post(visit + "/judgements", grade("SAFEGUARDING", "HAPPINESS", "GOOD")), 400);
        assertThat(expect(inspector.post(visit + "/judgements", grade("LOOKED_AFTER_CHILDREN", "CHILDREN_ARE_SAFE",
                "GOOD")), 400).json().get("errors").get(0).get("field").asString()).isEqualTo("area");
        assertThat(refusal(inspector.post(visit + "/case-selections",
                selection("2024-12-17T10:00:00Z", "SG-2", 1, "LAC-9", 0)))).isEqualTo("DUPLICATE_CASE_REFERENCE");
        assertThat(auditor.get(visit + "/history").json().size()).isEqualTo(beforeBadInput);
        expect(inspector.post(visit + "/judgements", """
                {"element": "LOOKED_AFTER_CHILDREN", "area": "OVERALL_EFFECTIVENESS", "grade": "GOOD",
                 "overrideLimits": true, "overrideRationale": "%s"}""".formatted(RATIONALE)), 200);

        JsonNode history = auditor.get(visit + "/history").json();
        JsonNode limited = judgement(history, "SAFEGUARDING", "OVERALL_EFFECTIVENESS");
        assertThat(limited.get("proposedGrade").asString()).isEqualTo("GOOD");
        assertThat(limited.get("grade").asString()).isEqualTo("ADEQUATE");
        assertThat(limited.get("limits").get(0).get("rule").asString()).startsWith("seed 003 para 31");
        JsonNode overridden = judgement(history, "LOOKED_AFTER_CHILDREN", "OVERALL_EFFECTIVENESS");
        assertThat(overridden.get("grade").asString()).isEqualTo("GOOD");
        assertThat(overridden.get("limits").get(0).get("overridden").asBoolean()).isTrue();
        assertThat(overridden.get("overrideRationale").asString()).isEqualTo(RATIONALE);

        // Rule ACCESS-PROVISIONAL-GRADES: the council and analysts do not read the grades before the final report.
        for (ApiClient reader : List.of(council, analyst)) {
            JsonNode provisional = judgement(reader.get(visit + "/history").json(), "SAFEGUARDING",
                    "OVERALL_EFFECTIVENESS");
            assertThat(provisional.get("grade").asString()).isEqualTo("[redacted]");
            assertThat(provisional.get("limits").asString()).isEqualTo("[redacted]");
        }
        assertThat(analyst.get("/api/analytics/grade-profile?localAuthority=Northshire").json().get("total")
                .asLong()).isZero();

        expect(inspector.post(visit + "/feedback", """
                {"seriousOrWidespreadConcerns": false, "summary": "Safeguarding adequate, looked-after children good",
                 "occurredAt": "2024-12-31T14:00:00Z"}"""), 200);
        assertThat(refusal(inspector.post(visit + "/case-selections",
                selection("2025-01-02T10:00:00Z", "SG-3", 1, "LAC-3", 0)))).isEqualTo("VISIT_ALREADY_ENDED");
        expect(inspector.post(visit + "/report/qa-submission", "{\"occurredAt\": \"2025-01-07T10:00:00Z\"}"), 200);
        expect(inspector.post(visit + "/report/draft", "{\"occurredAt\": \"2025-01-08T10:00:00Z\"}"), 200);
        expect(inspector.post(visit + "/report/provider-comments", "{\"comments\": \"Two case numbers corrected\", "
                + "\"occurredAt\": \"2025-01-15T12:00:00Z\"}"), 200);
        expect(inspector.post(visit + "/report/final", "{\"requirements\": [], \"recommendations\": [\"Visit every "
                + "child on a plan\"], \"childFriendlySummaryIncluded\": false, "
                + "\"occurredAt\": \"2025-01-22T10:00:00Z\"}"), 200);
        expect(inspector.post(visit + "/report/publication", "{\"url\": \"https://reports.example/la/881\", "
                + "\"occurredAt\": \"2025-01-29T10:00:00Z\"}"), 200);
        assertThat(expect(inspector.post(visit + "/complaints", "{\"summary\": \"The feedback meeting was cut "
                + "short\", \"occurredAt\": \"2025-02-10T10:00:00Z\"}"), 201).json().get("complaintId").asString())
                .isEqualTo("C-1");

        history = auditor.get(visit + "/history").json();
        Map<String, String> dueAt = history.valueStream()
                .filter(e -> e.get("type").asString().equals("DeadlineScheduled"))
                .collect(Collectors.toMap(e -> e.get("payload").get("code").asString(),
                        e -> e.get("payload").get("dueAt").asString()));
        assertThat(dueAt).containsEntry("CASE_LIST", "2024-12-05T23:59:59Z")
                .containsEntry("INITIAL_CASE_SELECTION", "2024-12-06T23:59:59Z")
                .containsEntry("FIELDWORK_FEEDBACK", "2024-12-31T23:59:59Z")
                .containsEntry("DRAFT_REPORT", "2025-01-08T23:59:59Z")
                .containsEntry("PROVIDER_COMMENTS", "2025-01-15T23:59:59Z")
                .containsEntry("FINAL_REPORT", "2025-01-22T23:59:59Z")
                .containsEntry("PUBLICATION", "2025-01-29T23:59:59Z")
                .containsEntry("COMPLAINT_WINDOW", "2025-02-28T23:59:59Z");
        assertThat(history.valueStream().filter(e -> e.get("type").asString().equals("NotificationRequired"))
                .map(e -> e.get("payload").get("recipient").asString()).toList())
                .contains("Director of children's services, Northshire", "Chief Executive, Northshire");

        // With the final report the grades are released to the council and to analysts, and the profile shows them.
        assertThat(judgement(council.get(visit + "/history").json(), "SAFEGUARDING", "OVERALL_EFFECTIVENESS")
                .get("grade").asString()).isEqualTo("ADEQUATE");
        JsonNode profile = awaitRead(analyst, "/api/analytics/grade-profile?localAuthority=Northshire&size=100",
                page -> page.get("total").asLong() == 35);
        assertThat(profile.get("items").valueStream().filter(row -> row.get("limited").asBoolean())
                .map(row -> row.get("element").asString() + "/" + row.get("area").asString()).toList())
                .containsExactly("SAFEGUARDING/OVERALL_EFFECTIVENESS");
        assertThat(analyst.get("/api/analytics/grade-profile?overridden=true&localAuthority=Northshire").json()
                .get("items").get(0).get("overrideRationale").asString()).isEqualTo(RATIONALE);
        assertThat(council.get("/api/analytics/grade-profile?size=100").json().get("total").asLong()).isEqualTo(35);
        assertThat(inspector.as("provider").get("/api/analytics/grade-profile").json().get("total").asLong())
                .isZero();
        assertThat(awaitRead(council, "/api/deadlines?visitId=" + visit.substring("/api/visits/".length()),
                page -> page.get("total").asLong() == 8).get("items").valueStream()
                .map(row -> row.get("status").asString()).distinct().toList()).containsExactly("MET");
    }

    /** Rule ACCESS-PROVIDER-SCOPE: the council acts on its own inspection, which another provider cannot see. */
    @Test
    void the_council_records_its_case_list_and_complaint_on_its_own_inspection_only() {
        String body = ANNOUNCEMENT.replace("2024-12-02T09:00:00Z",
                VisitRequests.announcedNowOrLastWorkingDay().toString());
        String visit = "/api/visits/" + expect(inspector.post("/api/visits", body), 201).json().get("visitId")
                .asString();
        ApiClient council = inspector.as("council");
        ApiClient provider = inspector.as("provider");
        String caseList = "{\"safeguardingCases\": 40, \"lookedAfterCases\": 25}";

        expect(provider.post(visit + "/case-list", caseList), 404);
        expect(provider.post(visit + "/complaints", "{\"summary\": \"Not ours\"}"), 404);
        expect(council.post(visit + "/case-list", caseList), 200);
        Answer complaint = expect(council.post(visit + "/complaints",
                "{\"summary\": \"The set-up call was not returned\"}"), 201);
        // Issue 21: the complaint's Location is GET-able, by the council too.
        assertThat(expect(council.get(java.net.URI.create(complaint.header("Location")).getPath()), 200).json()
                .get("complaintId").asString()).isEqualTo("C-1");
        assertThat(awaitRead(council, visit, summary -> summary.get("version").asLong() >= 9).get("provider")
                .get("urn").asString()).isEqualTo("LA881");
        expect(provider.get(visit), 404);
    }

    private static JsonNode judgement(JsonNode history, String element, String area) {
        List<JsonNode> recorded = history.valueStream()
                .filter(e -> e.get("type").asString().equals("JudgementRecorded"))
                .map(e -> e.get("payload"))
                .filter(p -> p.get("element").asString().equals(element) && p.get("area").asString().equals(area))
                .toList();
        assertThat(recorded).as(element + "/" + area).isNotEmpty();
        return recorded.get(recorded.size() - 1);
    }

    private static String grade(String element, String area, String grade) {
        return "{\"element\": \"" + element + "\", \"area\": \"" + area + "\", \"grade\": \"" + grade + "\"}";
    }

    private static String selection(String at, String safeguarding, int safeguardingCount, String lookedAfter,
                                     int lookedAfterCount) {
        StringBuilder cases = new StringBuilder();
        for (int i = 1; i <= safeguardingCount; i++) {
            cases.append(cases.isEmpty() ? "" : ", ").append("{\"reference\": \"").append(safeguarding).append("-")
                    .append(i).append("\", \"kind\": \"SAFEGUARDING\"}");
        }
        for (int i = 1; i <= lookedAfterCount; i++) {
            cases.append(cases.isEmpty() ? "" : ", ").append("{\"reference\": \"").append(lookedAfter).append("-")
                    .append(i).append("\", \"kind\": \"LOOKED_AFTER\"}");
        }
        return "{\"cases\": [" + cases + "], \"occurredAt\": \"" + at + "\"}";
    }
}
