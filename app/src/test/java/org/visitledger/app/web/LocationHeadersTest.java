package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: every Location a command answers points at something a GET answers 200 for: the visit, and each thing a
 * command created on it (an information request, a concern, a provider concern, an informal concern, a complaint),
 * read as the events of the visit's history that name it, redacted as the history is.
 */
class LocationHeadersTest extends RunningApp {

    /** An SCH visit in November 2026: feedback on Wednesday 18, the working day after is Thursday 19. */
    @Test
    void every_location_a_command_answers_is_followed_by_a_get_that_answers_200() {
        Answer announced = expect(inspector.post("/api/visits", """
                {"visitType": "SCH_ASSURANCE", "provider": {"urn": "SC000001", "name": "Oakfield Secure Home",
                 "localAuthority": "Kent", "region": "South East"}, "leadInspector": "Jo Smith",
                 "teamInspectors": ["Sam Lee"], "placingAuthorities": ["Kent"], "occurredAt": "2026-11-16T09:00:00Z"}
                """), 201);
        String visit = "/api/visits/" + announced.json().get("visitId").asString();
        expect(inspector.post(visit + "/annex-a", "{\"occurredAt\": \"2026-11-16T09:30:00Z\"}"), 200);
        List<Answer> created = List.of(announced,
                expect(inspector.post(visit + "/information-requests", """
                        {"items": ["Restraint records"], "dueAt": "2026-11-17T12:00:00Z",
                         "occurredAt": "2026-11-16T10:00:00Z"}"""), 201),
                expect(inspector.post(visit + "/concerns", """
                        {"category": "SERIOUS", "summary": "Restraint not recorded", "details": "A night worker",
                         "occurredAt": "2026-11-16T11:00:00Z"}"""), 201),
                expect(inspector.post(visit + "/provider-concerns", """
                        {"summary": "Interviews without the manager", "actionTaken": "Explained", "resolved": true,
                         "occurredAt": "2026-11-16T12:00:00Z"}"""), 201));
        expect(inspector.post(visit + "/feedback", """
                {"seriousOrWidespreadConcerns": true, "summary": "Serious concerns",
                 "occurredAt": "2026-11-18T15:00:00Z"}"""), 200);
        created = new java.util.ArrayList<>(created);
        created.add(expect(inspector.as("manager").post(visit + "/informal-concerns", """
                {"summary": "Our records were not considered", "handledBy": "Ann Hale",
                 "occurredAt": "2026-11-19T10:00:00Z"}"""), 201));

        ApiClient auditor = inspector.as("auditor");
        for (Answer answer : created) {
            String location = URI.create(answer.header("Location")).getPath();
            Answer followed = auditor.get(location);
            assertThat(followed.status()).as("GET %s", location).isEqualTo(200);
        }
        JsonNode concern = auditor.get(visit + "/concerns/CON-1").json();
        assertThat(concern.get("concernId").asString()).isEqualTo("CON-1");
        assertThat(concern.get("history").get(0).get("payload").get("details").asString()).isEqualTo("A night worker");
        JsonNode request = auditor.get(visit + "/information-requests/FI-1").json();
        assertThat(request.get("history").get(0).get("type").asString()).isEqualTo("FurtherInformationRequested");
    }

    @Test
    void an_item_is_read_redacted_as_the_history_is_and_an_unknown_one_is_404() {
        String visit = "/api/visits/" + expect(inspector.post("/api/visits", """
                {"visitType": "SCH_ASSURANCE", "provider": {"urn": "SC000001", "name": "Oakfield Secure Home",
                 "localAuthority": "Kent", "region": "South East"}, "leadInspector": "Jo Smith",
                 "placingAuthorities": ["Kent"], "occurredAt": "2026-11-16T09:00:00Z"}"""), 201).json()
                .get("visitId").asString();
        expect(inspector.post(visit + "/concerns", """
                {"category": "SERIOUS", "summary": "Restraint not recorded", "details": "A night worker",
                 "occurredAt": "2026-11-16T11:00:00Z"}"""), 201);

        assertThat(inspector.as("analyst").get(visit + "/concerns/CON-1").json().get("history").get(0).get("payload")
                .get("details").asString()).isEqualTo("[redacted]");
        Answer unknown = expect(inspector.get(visit + "/concerns/CON-9"), 404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        expect(inspector.get(visit + "/complaints/C-1"), 404);
        expect(inspector.get("/api/visits/no-such-visit/concerns/CON-1"), 404);
    }
}
