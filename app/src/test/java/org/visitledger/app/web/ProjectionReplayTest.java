package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/** POST /api/admin/projections/{name}/replay rebuilds a read model identical to before; reads stay available. */
class ProjectionReplayTest extends RunningApp {

    private static final Map<String, String> TABLES = Map.of(
            "visit_summary", "1", "notification_log", "1, 2", "deadline_row", "1, 2", "deadline_visit", "1",
            "read_model_version", "1, 2");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void replaying_every_read_model_rebuilds_it_identical_to_before_while_reads_stay_available() {
        String visitId = recordSomeHistory();
        awaitSettled();
        Map<String, List<Map<String, Object>>> before = dump();

        for (String readModel : List.of("visit-summary", "notification-log", "deadline-dashboard")) {
            Answer started = inspector.as("admin").post("/api/admin/projections/" + readModel + "/replay", null);
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(inspector.get("/api/visits/" + visitId).status()).isEqualTo(200);
            assertThat(inspector.get("/api/deadlines?visitId=" + visitId).json().get("total").asLong()).isPositive();
            assertThat(inspector.get("/api/notifications?visitId=" + visitId).json().get("total").asLong()).isPositive();
        }
        awaitSettled();

        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void replaying_an_unknown_read_model_is_404() {
        assertProblem(inspector.as("admin").post("/api/admin/projections/no-such-model/replay", null), 404);
    }

    private String recordSomeHistory() {
        String visitId = inspector.post("/api/visits",
                VisitRequests.announce("RSS_ASSURANCE", Instant.parse("2025-04-16T08:05:00Z"))).json().get("visitId").asString();
        inspector.post("/api/visits/" + visitId + "/annex-a", VisitRequests.at(Instant.parse("2025-04-16T14:30:00Z")));
        inspector.post("/api/visits/" + visitId + "/feedback", "{\"seriousOrWidespreadConcerns\": true, \"summary\": \"s\","
                + " \"occurredAt\": \"2025-04-17T15:00:00Z\"}");
        inspector.post("/api/visits/" + visitId + "/notifications/N-1/sent", VisitRequests.at(Instant.parse("2025-04-18T09:00:00Z")));
        String withdrawn = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json().get("visitId").asString();
        inspector.post("/api/visits/" + withdrawn + "/withdrawal", "{\"reason\": \"closed\"}");
        return visitId;
    }

    private Map<String, List<Map<String, Object>>> dump() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        TABLES.forEach((table, order) -> rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + order)));
        return rows;
    }

    /** No replay running, every read model at the head and having applied every stored event. */
    private void awaitSettled() {
        awaitRead(inspector.as("admin"), "/api/admin/projections", statuses -> statuses.valueStream()
                .allMatch(s -> !s.get("replaying").asBoolean() && s.get("lag").asLong() == 0
                        && s.get("eventsNotSeen").asLong() == 0));
    }
}
