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
 * Interim visits to schools through HTTP (seed 002): the notice call the day before, a significant concern, the
 * duty-desk call, the regional director's conversion into a section 8 NFD inspection created by the conversion
 * process within its 48 hours, the NFD's published letter; and an interim visit ending in a letter checked by the
 * school. Every command is back-dated (October 2025 is BST: 10:00 London is 09:00Z).
 */
class InterimVisitThroughHttpTest extends RunningApp {

    private static final String SCHOOL = """
            {"visitType": "SCHOOL_INTERIM",
             "provider": {"urn": "100001", "name": "Brook Lane Primary", "localAuthority": "Leeds", "region": "Yorkshire"},
             "leadInspector": "Ann Hale", "teamInspectors": ["Raj Patel"], "occurredAt": "%s"}""";

    @Test
    void an_interim_visit_with_a_safeguarding_concern_is_converted_into_an_nfd_that_ends_in_a_published_letter() {
        ApiClient director = inspector.as("director");
        String interim = announce("2025-10-01T09:00:00Z");
        JsonNode announced = inspector.get(interim + "/history").json().get(0).get("payload");
        assertThat(announced.get("plannedLastDay").asString()).as("on site the day after the notice call")
                .isEqualTo("2025-10-02");
        expect(inspector.post(interim + "/arrival", at("2025-10-02T09:00:00Z")), 200);
        assertThat(refusal(director.post(interim + "/conversion", rationale("2025-10-02T10:00:00Z"))))
                .isEqualTo("NO_SIGNIFICANT_CONCERN");
        expect(inspector.post(interim + "/concerns", """
                {"category": "SAFEGUARDING", "summary": "Referrals not followed up",
                 "details": "Three referrals to children's social care were never made", "occurredAt": "2025-10-02T10:30:00Z"}"""),
                201);
        assertThat(refusal(director.post(interim + "/conversion", rationale("2025-10-02T10:40:00Z"))))
                .isEqualTo("DUTY_DESK_NOT_CONSULTED");
        expect(inspector.post(interim + "/duty-desk-calls", """
                {"summary": "Discussed the unmade referrals", "occurredAt": "2025-10-02T11:00:00Z"}"""), 200);

        Answer converted = expect(director.post(interim + "/conversion", rationale("2025-10-02T11:30:00Z")), 202);
        String nfdId = converted.json().get("nfdVisitId").asString();
        String nfd = "/api/visits/" + nfdId;
        assertThat(converted.header("Location")).endsWith(nfd);
        assertThat(refusal(inspector.post(interim + "/feedback", """
                {"seriousOrWidespreadConcerns": false, "summary": "s"}"""))).isEqualTo("VISIT_CONVERTED");
        JsonNode interimHistory = inspector.as("auditor").get(interim + "/history").json();
        JsonNode phoneCall = firstPayload(interimHistory, "NotificationRequired");
        assertThat(phoneCall.get("channel").asString()).isEqualTo("PHONE");
        assertThat(phoneCall.get("recipient").asString()).isEqualTo("provider 100001 (Brook Lane Primary)");
        assertThat(phoneCall.get("dueAt").asString()).as("immediately").isEqualTo("2025-10-02T11:30:00Z");

        JsonNode nfdAnnounced = awaitRead(inspector, nfd + "/history", createdByTheProcess -> true).get(0);
        assertThat(nfdAnnounced.get("payload").get("visitType").asString()).isEqualTo("SECTION8_NFD");
        assertThat(nfdAnnounced.get("payload").get("followsVisitId").asString()).isEqualTo(id(interim));
        assertThat(nfdAnnounced.get("actor").asString()).isEqualTo("director");
        JsonNode nfdDeadline = firstPayload(inspector.get(nfd + "/history").json(), "DeadlineScheduled");
        assertThat(nfdDeadline.get("code").asString()).isEqualTo("NFD_INSPECTION");
        assertThat(nfdDeadline.get("dueAt").asString()).as("48 hours").isEqualTo("2025-10-04T11:30:00Z");

        expect(inspector.post(nfd + "/arrival", at("2025-10-02T11:45:00Z")), 200);
        JsonNode met = firstPayload(inspector.get(nfd + "/history").json(), "DeadlineMet");
        assertThat(met.get("late").asBoolean()).isFalse();
        expect(inspector.post(nfd + "/feedback", """
                {"seriousOrWidespreadConcerns": false, "summary": "Findings shared with the head teacher",
                 "occurredAt": "2025-10-02T16:00:00Z"}"""), 200);
        assertThat(refusal(inspector.post(nfd + "/report/qa-submission", at("2025-10-03T09:00:00Z"))))
                .isEqualTo("NO_REPORT_FOR_VISIT_TYPE");
        expect(inspector.post(nfd + "/report/publication", """
                {"url": "https://reports.example/nfd/100001", "occurredAt": "2025-10-09T09:00:00Z"}"""), 200);
        JsonNode nfdEvents = inspector.get(nfd + "/history").json();
        assertThat(nfdEvents.get(nfdEvents.size() - 1).get("type").asString()).isEqualTo("VisitClosed");
    }

    @Test
    void an_interim_visit_without_conversion_ends_in_a_letter_published_after_the_schools_check() {
        String interim = announce("2025-10-06T09:00:00Z");
        expect(inspector.post(interim + "/arrival", at("2025-10-07T09:00:00Z")), 200);
        expect(inspector.post(interim + "/feedback", """
                {"seriousOrWidespreadConcerns": false, "summary": "Letter content agreed with the school",
                 "occurredAt": "2025-10-07T15:00:00Z"}"""), 200);
        String publication = """
                {"url": "https://reports.example/interim/100001", "occurredAt": "2025-10-14T09:00:00Z"}""";
        assertThat(refusal(inspector.post(interim + "/report/publication", publication)))
                .isEqualTo("FACTUAL_ACCURACY_NOT_CHECKED");
        expect(inspector.post(interim + "/factual-accuracy-check", """
                {"comments": "Pupil numbers corrected", "occurredAt": "2025-10-10T12:00:00Z"}"""), 200);
        expect(inspector.post(interim + "/report/publication", publication), 200);
        JsonNode events = inspector.get(interim + "/history").json();
        assertThat(events.get(events.size() - 1).get("type").asString()).isEqualTo("VisitClosed");
    }

    @Test
    void only_an_interim_visit_converts_and_no_nfd_is_announced_directly() {
        Answer sch = expect(inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")), 201);
        String visit = "/api/visits/" + sch.json().get("visitId").asString();
        assertThat(refusal(inspector.as("director").post(visit + "/conversion", "{\"rationale\": \"r\"}")))
                .isEqualTo("NOT_AN_INTERIM_VISIT");
        Answer nfd = inspector.post("/api/visits", """
                {"visitType": "SECTION8_NFD",
                 "provider": {"urn": "100002", "name": "School", "localAuthority": "Leeds", "region": "Yorkshire"},
                 "leadInspector": "Ann Hale"}""");
        assertThat(nfd.status()).isEqualTo(400);
        assertThat(nfd.json().get("errors").get(0).get("field").asString()).isEqualTo("visitType");
    }

    private String announce(String at) {
        return "/api/visits/" + expect(inspector.post("/api/visits", SCHOOL.formatted(at)), 201).json()
                .get("visitId").asString();
    }

    private static String rationale(String at) {
        return "{\"rationale\": \"Safeguarding referrals not made\", \"occurredAt\": \"" + at + "\"}";
    }

    private static String at(String instant) {
        return "{\"occurredAt\": \"" + Instant.parse(instant) + "\"}";
    }

    private static String id(String visitPath) {
        return visitPath.substring(visitPath.lastIndexOf('/') + 1);
    }
}
