package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/** Auditors' time travel: GET /api/visits/{id}/state?asOf=INSTANT or ?version=N, rebuilt from the events. */
class TimeTravelTest extends RunningApp {

    @Test
    void a_visit_is_rebuilt_as_it_stood_at_a_version() {
        String visitId = announcedWithAnnexAAndArrival();

        JsonNode announced = state(visitId, "version=0");
        assertThat(announced.get("status").asString()).isEqualTo("ANNOUNCED");
        assertThat(announced.get("version").asLong()).isZero();
        assertThat(announced.get("deadlines").size()).isZero();
        assertThat(announced.get("rulebookVersion").asString()).isEqualTo("4");

        JsonNode annexARequested = state(visitId, "version=2");
        assertThat(annexARequested.get("deadlines").get(0).get("code").asString()).isEqualTo("ANNEX_A_RETURN");
        assertThat(annexARequested.get("deadlines").get(0).get("state").asString()).isEqualTo("OPEN");
        // Announced on a past morning: 14:00 had passed when it was recorded, so the miss follows at once.
        assertThat(state(visitId, "version=3").get("deadlines").get(0).get("state").asString()).isEqualTo("MISSED");

        JsonNode now = state(visitId, "version=8");
        assertThat(now.get("status").asString()).isEqualTo("ON_SITE");
        assertThat(now.get("version").asLong()).isEqualTo(8);
        assertThat(now.get("deadlines").get(0).get("state").asString()).isEqualTo("MET");
        assertThat(now.get("deadlines").get(0).get("late").asBoolean()).isFalse();
        assertThat(now.get("milestones").valueStream().map(m -> m.get("type").asString()).toList())
                .containsExactly("VisitAnnounced", "AnnexARequested", "AnnexAReturned", "InspectorsArrivedOnSite");
    }

    @Test
    void a_visit_is_rebuilt_as_it_stood_at_a_recorded_instant() {
        String visitId = announcedWithAnnexAAndArrival();
        JsonNode history = inspector.as("auditor").get("/api/visits/" + visitId + "/history").json();
        Instant arrivalRecorded = Instant.parse(history.get(8).get("recordedAt").asString());
        Instant announcementRecorded = Instant.parse(history.get(0).get("recordedAt").asString());

        JsonNode onSite = state(visitId, "asOf=" + arrivalRecorded);
        assertThat(onSite.get("status").asString()).isEqualTo("ON_SITE");
        assertThat(onSite.get("recordedAt").asString()).isEqualTo(history.get(8).get("recordedAt").asString());
        assertThat(onSite.get("occurredAt").asString()).isEqualTo(history.get(8).get("occurredAt").asString());

        assertThat(state(visitId, "asOf=" + announcementRecorded).get("version").asLong()).isLessThan(8);
        assertProblem(inspector.get("/api/visits/" + visitId + "/state?asOf=" + announcementRecorded.minusSeconds(1)), 404);
    }

    @Test
    void time_travel_needs_exactly_one_valid_point_in_time() {
        String visitId = announcedWithAnnexAAndArrival();
        String path = "/api/visits/" + visitId + "/state";
        assertProblem(inspector.get(path), 400);
        assertProblem(inspector.get(path + "?version=1&asOf=2025-01-01T00:00:00Z"), 400);
        assertProblem(inspector.get(path + "?asOf=last-tuesday"), 400);
        assertProblem(inspector.get(path + "?version=-1"), 400);
        assertProblem(inspector.get("/api/visits/no-such-visit/state?version=0"), 404);
    }

    /** Issue 19, defect 8: a version the visit has not reached is no state to show, and asOf is ISO-8601 only. */
    @Test
    void a_version_beyond_the_visits_last_is_404_and_an_instant_that_is_not_iso_8601_is_400() {
        String visitId = announcedWithAnnexAAndArrival();
        String path = "/api/visits/" + visitId + "/state";
        long head = state(visitId, "version=8").get("version").asLong();

        assertProblem(inspector.get(path + "?version=" + (head + 1)), 404);
        assertProblem(inspector.get(path + "?asOf=1700000000"), 400);
        assertProblem(inspector.get(path + "?asOf=2025-11-17T09:00:00"), 400);
        assertProblem(inspector.get(path + "?asOf=-999999999-01-01T00:00:00Z"), 400);
        assertThat(state(visitId, "asOf=2099-01-01T00:00:00%2B01:00").get("version").asLong()).isEqualTo(head);
    }

    private JsonNode state(String visitId, String query) {
        Answer answer = inspector.as("auditor").get("/api/visits/" + visitId + "/state?" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** RSS: VisitAnnounced 0, AnnexARequested 1, DeadlineScheduled 2, NotificationRequired 3 and 4,
     * AnnexAReturned 5, DeadlineMet 6, InspectorsArrivedOnSite 7. */
    /**
     * An RSS visit on a past morning, so that its history does not depend on the time of day the test runs:
     * 0 VisitAnnounced, 1 AnnexARequested, 2 DeadlineScheduled, 3 DeadlineMissed, 4-5 NotificationRequired,
     * 6 AnnexAReturned, 7 DeadlineMet (on time, by its occurredAt), 8 InspectorsArrivedOnSite.
     */
    private String announcedWithAnnexAAndArrival() {
        Answer created = inspector.post("/api/visits",
                VisitRequests.announce("RSS_ASSURANCE", VisitRequests.PAST_MORNING));
        String visitId = created.json().get("visitId").asString();
        assertThat(inspector.post("/api/visits/" + visitId + "/annex-a", VisitRequests.at(VisitRequests.PAST_NOON))
                .status()).isEqualTo(200);
        assertThat(inspector.post("/api/visits/" + visitId + "/arrival",
                VisitRequests.at(VisitRequests.PAST_NOON.plusSeconds(1800))).status()).isEqualTo(200);
        return visitId;
    }
}
