package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read model has seen every event in the store, and the check would notice one it had not. */
class ProjectionAdminTest extends RunningApp {

    private static final List<String> READ_MODELS = List.of("deadline-dashboard", "grade-profile", "notification-log",
            "visit-summary");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void every_read_model_catches_up_with_every_event_in_the_store() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json()
                .get("visitId").asString();
        inspector.post("/api/visits/" + visitId + "/annex-a", null);
        inspector.post("/api/visits/" + visitId + "/arrival", null);

        JsonNode statuses = awaitCaughtUp();

        assertThat(statuses.valueStream().map(s -> s.get("name").asString()).toList()).containsAll(READ_MODELS);
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        for (JsonNode status : statuses) {
            assertThat(status.get("eventsNotSeen").asLong()).as(status.toString()).isZero();
            assertThat(status.get("head").asLong()).isGreaterThanOrEqualTo(stored);
            assertThat(status.get("error").asBoolean()).isFalse();
        }
    }

    @Test
    void a_read_model_that_missed_an_event_is_reported() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json()
                .get("visitId").asString();
        awaitCaughtUp();
        jdbc.update("UPDATE read_model_version SET events_seen = events_seen - 1 "
                + "WHERE processing_group = 'notification-log' AND visit_id = ?", visitId);
        try {
            JsonNode notificationLog = inspector.as("admin").get("/api/admin/projections").json().valueStream()
                    .filter(s -> s.get("name").asString().equals("notification-log")).findFirst().orElseThrow();
            assertThat(notificationLog.get("eventsNotSeen").asLong()).isEqualTo(1);
        } finally {
            jdbc.update("UPDATE read_model_version SET events_seen = events_seen + 1 "
                    + "WHERE processing_group = 'notification-log' AND visit_id = ?", visitId);
        }
    }

    private JsonNode awaitCaughtUp() {
        return awaitRead(inspector.as("admin"), "/api/admin/projections", statuses -> statuses.valueStream()
                .allMatch(s -> s.get("lag").asLong() == 0 && s.get("eventsNotSeen").asLong() == 0));
    }
}
