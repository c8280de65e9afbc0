package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/**
 * Issue 21: query parameters an endpoint does not take are 400 naming them, not ignored; enum filters are taken in any
 * case; the timeliness figures take filters (visit type, region, the period the deadlines fell due in).
 */
class QueryParametersTest extends RunningApp {

    private ApiClient analyst() {
        return inspector.as("analyst");
    }

    @Test
    void a_misspelt_filter_is_400_naming_it_not_ignored() {
        Answer answer = analyst().get("/api/deadlines?regoin=Yorkshire");
        assertProblem(answer, 400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("regoin");
        assertThat(answer.json().get("errors").get(0).get("message").asString()).contains("region");
        assertProblem(analyst().get("/api/visits?typ=RSS_ASSURANCE"), 400);
        assertProblem(analyst().get("/api/analytics/timeliness?groupby=region"), 400);
        assertProblem(inspector.as("auditor").get("/api/visits/x/history?full=true"), 400);
    }

    @Test
    void enum_filters_are_taken_in_any_case_and_an_unknown_value_is_400() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json()
                .get("visitId").asString();
        awaitRead(inspector, "/api/deadlines?visitId=" + visitId, page -> page.get("total").asLong() > 0);

        long exact = analyst().get("/api/deadlines?visitId=" + visitId + "&code=ANNEX_A_RETURN").json()
                .get("total").asLong();
        assertThat(exact).isEqualTo(1);
        assertThat(analyst().get("/api/deadlines?visitId=" + visitId + "&code=annex_a_return").json().get("total")
                .asLong()).isEqualTo(exact);
        assertThat(analyst().get("/api/visits?type=rss_assurance&size=1").status()).isEqualTo(200);
        Answer unknown = analyst().get("/api/deadlines?status=late");
        assertProblem(unknown, 400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    }

    @Test
    void timeliness_takes_a_visit_type_a_region_and_a_period() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE",
                VisitRequests.PAST_MORNING)).json().get("visitId").asString();
        awaitRead(inspector, "/api/deadlines?visitId=" + visitId, page -> page.get("total").asLong() > 0);

        Answer filtered = analyst().get("/api/analytics/timeliness?visitType=rss_assurance&region=South%20East"
                + "&dueAfter=2026-11-16T00:00:00Z&dueBefore=2026-11-17T00:00:00Z&groupBy=visitType");
        assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
        assertThat(filtered.json().valueStream().map(row -> row.get("group").asString()).distinct().toList())
                .containsExactly("RSS_ASSURANCE");
        assertThat(filtered.json().valueStream().map(row -> row.get("code").asString()).toList())
                .contains("ANNEX_A_RETURN");
        Answer none = analyst().get("/api/analytics/timeliness?visitType=LA_SAFEGUARDING_LAC&region=Nowhere");
        assertThat(none.json().size()).isZero();
        assertProblem(analyst().get("/api/analytics/timeliness?dueAfter=yesterday"), 400);
    }
}
