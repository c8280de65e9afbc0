package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads of a visit's full history are recorded, who and when, and auditors can see them (issue 6). */
class HistoryReadAuditTest extends RunningApp {

    @Test
    void every_read_of_a_visits_history_is_recorded_for_auditors() {
        String id = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json().get("visitId")
                .asString();
        Instant before = Instant.now();
        expect(inspector.as("manager").get("/api/visits/" + id + "/history"), 200);
        expect(inspector.as("analyst").get("/api/visits/" + id + "/history"), 200);
        expect(inspector.as("auditor").get("/api/visits/" + id + "/history"), 200);
        expect(inspector.as("analyst").get("/api/visits/no-such-visit/history"), 404);

        JsonNode reads = expect(inspector.as("auditor").get("/api/audit/history-reads?visitId=" + id), 200).json();
        List<String> actors = reads.get("items").valueStream().map(r -> r.get("actor").asString()).toList();
        assertThat(actors).as("newest first").containsExactly("auditor", "analyst", "manager");
        assertThat(reads.get("items").valueStream().map(r -> Instant.parse(r.get("readAt").asString())))
                .allMatch(readAt -> !readAt.isBefore(before.minusSeconds(1)));
        assertThat(expect(inspector.as("auditor").get("/api/audit/history-reads?actor=analyst&visitId=" + id), 200)
                .json().get("total").asLong()).isEqualTo(1);
        expect(inspector.as("analyst").get("/api/audit/history-reads?visitId=" + id), 403);
    }
}
