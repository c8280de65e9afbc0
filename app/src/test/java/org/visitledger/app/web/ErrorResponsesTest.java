package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/api.md "Errors": every error is problem+json with its status, and a refused command records nothing. */
class ErrorResponsesTest extends RunningApp {

    @Test
    void malformed_json_is_400_problem() {
        Answer answer = inspector.post("/api/visits", "{\"visitType\": ");
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").isArray()).isTrue();
    }

    @Test
    void an_unknown_field_is_400_naming_the_field() {
        Answer answer = inspector.post("/api/visits",
                VisitRequests.announce("RSS_ASSURANCE").replace("\"leadInspector\"", "\"colour\": \"red\", \"leadInspector\""));
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("colour");
    }

    @Test
    void an_unknown_enum_value_is_400_naming_the_field() {
        Answer answer = inspector.post("/api/visits", VisitRequests.announce("SPACE_STATION"));
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("visitType");
    }

    @Test
    void missing_fields_are_400_with_one_error_per_field() {
        Answer answer = inspector.post("/api/visits", "{\"visitType\": \"RSS_ASSURANCE\", \"provider\": {\"urn\": \"SC1\"}}");
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").toString())
                .contains("leadInspector").contains("provider.name").contains("provider.region");
    }

    @Test
    void an_unparseable_time_is_400_naming_the_field() {
        Answer answer = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")
                .replace("\"leadInspector\"", "\"occurredAt\": \"yesterday at nine\", \"leadInspector\""));
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("occurredAt");
    }

    @Test
    void occurred_at_more_than_five_minutes_in_the_future_is_400() {
        Answer answer = inspector.post("/api/visits",
                VisitRequests.announce("RSS_ASSURANCE", Instant.now().plus(10, ChronoUnit.MINUTES)));
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("occurredAt");
    }

    @Test
    void occurred_at_before_the_previous_milestone_is_400_and_records_nothing() {
        String visitId = announced();
        int before = historySize(visitId);

        Answer answer = inspector.post("/api/visits/" + visitId + "/arrival",
                VisitRequests.at(VisitRequests.announcedNowOrLastWorkingDay().minus(1, ChronoUnit.HOURS)));

        assertProblem(answer, 400);
        assertThat(historySize(visitId)).isEqualTo(before);
    }

    @Test
    void a_date_outside_the_working_day_calendar_is_400() {
        Answer answer = inspector.post("/api/visits",
                VisitRequests.announce("RSS_ASSURANCE", Instant.parse("2019-06-03T09:00:00Z")));
        assertProblem(answer, 400);
        assertThat(answer.json().get("detail").asString()).contains("outside the working-day calendar");
    }

    @Test
    void an_la_inspection_of_a_provider_named_by_a_urn_is_400_on_the_urn() {
        Answer answer = inspector.post("/api/visits", VisitRequests.announce("LA_SAFEGUARDING_LAC"));
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("provider.urn");
    }

    @Test
    void no_credentials_is_401_problem() {
        assertProblem(anonymous.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 401);
        assertProblem(anonymous.get("/api/visits/x/history"), 401);
    }

    @Test
    void wrong_credentials_are_401_problem() {
        assertProblem(anonymous.with("Authorization", "Basic aW5zcGVjdG9yOndyb25n")
                .post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 401);
    }

    @Test
    void an_unknown_visit_is_404_for_commands_and_reads() {
        assertProblem(inspector.post("/api/visits/no-such-visit/arrival", null), 404);
        assertProblem(inspector.get("/api/visits/no-such-visit/history"), 404);
        assertProblem(inspector.get("/api/visits/no-such-visit"), 404);
    }

    @Test
    void an_out_of_order_command_is_409_naming_the_state_and_what_is_needed_and_records_nothing() {
        String visitId = announced();
        int before = historySize(visitId);

        Answer answer = inspector.post("/api/visits/" + visitId + "/report/publication",
                "{\"url\": \"https://reports.example/1\"}");

        assertProblem(answer, 409);
        assertThat(answer.json().get("reason").asString()).isEqualTo("FINAL_REPORT_NOT_SENT");
        assertThat(answer.json().get("detail").asString()).contains("ANNOUNCED").contains("final report");
        assertThat(historySize(visitId)).isEqualTo(before);
    }

    @Test
    void a_repeated_command_is_409_and_records_nothing() {
        String visitId = announced();
        assertThat(inspector.post("/api/visits/" + visitId + "/annex-a", null).status()).isEqualTo(200);
        int before = historySize(visitId);

        Answer again = inspector.post("/api/visits/" + visitId + "/annex-a", null);

        assertProblem(again, 409);
        assertThat(again.json().get("reason").asString()).isEqualTo("ANNEX_A_ALREADY_RETURNED");
        assertThat(historySize(visitId)).isEqualTo(before);
    }

    @Test
    void a_stale_if_match_is_412_and_records_nothing() {
        String visitId = announced();
        inspector.post("/api/visits/" + visitId + "/annex-a", null);
        int before = historySize(visitId);

        Answer answer = inspector.with("If-Match", "\"3\"").post("/api/visits/" + visitId + "/arrival", null);

        assertProblem(answer, 412);
        assertThat(historySize(visitId)).isEqualTo(before);
    }

    @Test
    void a_current_if_match_is_accepted() {
        String visitId = announced();
        Answer returned = inspector.post("/api/visits/" + visitId + "/annex-a", null);

        Answer answer = inspector.with("If-Match", returned.header("ETag")).post("/api/visits/" + visitId + "/arrival", null);

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void a_malformed_if_match_is_400() {
        String visitId = announced();
        assertProblem(inspector.with("If-Match", "version three").post("/api/visits/" + visitId + "/arrival", null), 400);
    }

    /** Issue 19, defect 8: If-Match compares strongly; a weak tag never matches and a bare number is no tag. */
    @Test
    void a_weak_or_unquoted_if_match_is_400_and_records_nothing() {
        String visitId = announced();
        int before = historySize(visitId);

        for (String tag : new String[]{"W/\"0\"", "0", "\"-1\"", "\"\""}) {
            Answer answer = inspector.with("If-Match", tag).post("/api/visits/" + visitId + "/arrival", null);
            assertProblem(answer, 400);
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        }
        assertThat(historySize(visitId)).isEqualTo(before);
    }

    /** Issue 19, defect 8: the version is checked before the visit's rules (412, not a 409 about a state not seen). */
    @Test
    void a_stale_if_match_is_412_even_where_the_visit_would_refuse_the_command() {
        String visitId = announced();
        inspector.post("/api/visits/" + visitId + "/arrival", null);

        assertProblem(inspector.with("If-Match", "\"0\"").post("/api/visits/" + visitId + "/arrival", null), 412);
        assertProblem(inspector.with("If-Match", "\"999\"").post("/api/visits/" + visitId + "/arrival", null), 412);
    }

    @Test
    void an_unknown_path_is_404_problem_and_a_wrong_method_is_405_problem() {
        assertProblem(inspector.get("/api/nothing-here"), 404);
        assertProblem(inspector.get("/api/visits/x/arrival"), 405);
    }

    private String announced() {
        Answer created = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("visitId").asString();
    }

    private int historySize(String visitId) {
        return inspector.get("/api/visits/" + visitId + "/history").json().size();
    }

    static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("title").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
        // Each error names its field, then says what is wrong: always in that order (docs and clients compare text).
        if (answer.json().has("errors")) {
            answer.json().get("errors").valueStream().forEach(error -> assertThat(error.properties().stream()
                    .map(java.util.Map.Entry::getKey).toList()).as(answer.toString()).containsExactly("field", "message"));
        }
    }
}
