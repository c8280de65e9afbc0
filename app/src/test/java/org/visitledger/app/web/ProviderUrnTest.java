package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule INPUT-PROVIDER-URN (issue 19, defect 4): a provider's reference is SC and 6 digits (social care) or 6 digits
 * (a school). A near miss was recorded under a reference its provider could never see; now it is refused, and a
 * reference in another case or with spaces is recorded in its one form, which its provider then sees.
 */
class ProviderUrnTest extends RunningApp {

    @ParameterizedTest
    @ValueSource(strings = {"123", "../../X", "ＳＣ０００００１", "SC00001", "SC0000012", "SCX00001", "1000011", "SC-000001"})
    void an_announcement_under_a_reference_of_no_issued_form_is_refused(String urn) {
        Answer answer = inspector.post("/api/visits", withUrn(urn));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("provider.urn");
        assertThat(answer.json().get("errors").get(0).get("message").asString()).contains("SC and 6 digits");
    }

    @Test
    void a_reference_in_lower_case_with_spaces_is_recorded_in_its_one_form_and_its_provider_sees_the_visit() {
        String visitId = expect(inspector.post("/api/visits", withUrn(" sc 000001 ")), 201).json().get("visitId")
                .asString();

        String recorded = inspector.as("auditor").get("/api/visits/" + visitId + "/history").json().get(0)
                .get("payload").get("provider").get("urn").asString();
        assertThat(recorded).isEqualTo("SC000001");
        awaitRead(inspector.as("provider"), "/api/visits/" + visitId, summary -> true);
    }

    @Test
    void a_school_reference_is_six_digits() {
        expect(inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE").replace("SC000001", "100001")),
                201);
    }

    private static String withUrn(String urn) {
        return VisitRequests.announce("SCH_ASSURANCE").replace("\"urn\": \"SC000001\"", "\"urn\": \"" + urn + "\"");
    }
}
