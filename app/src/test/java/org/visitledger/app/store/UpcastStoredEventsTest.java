package org.visitledger.app.store;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule EVENTS-PERMANENT in the running application: a visit whose events were stored as an older build stored them
 * (VisitAnnounced and DeadlineMet of revision 1, written straight into the event store's rows) is read through the
 * upcasters everywhere: the auditor's history, time travel, the aggregate handling a new command, and a read model
 * rebuilt from the store.
 */
class UpcastStoredEventsTest extends RunningApp {

    private static final Map<String, String> ADDED_IN_REVISION_2 = Map.of(
            "org.visitledger.events.VisitAnnounced", "followsVisitType",
            "org.visitledger.events.DeadlineMet", "early");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void revision_1_events_stored_by_an_older_build_are_read_as_today_s_revision_everywhere() {
        String visitId = expect(inspector.post("/api/visits",
                VisitRequests.announce("SCH_ASSURANCE", VisitRequests.PAST_MORNING)), 201).json()
                .get("visitId").asString();
        String visit = "/api/visits/" + visitId;
        expect(inspector.post(visit + "/annex-a", VisitRequests.at(VisitRequests.PAST_NOON)), 200);

        assertThat(storeAsRevision1(visitId)).as("VisitAnnounced and DeadlineMet rewritten").isEqualTo(2);

        JsonNode history = expect(inspector.as("auditor").get(visit + "/history"), 200).json();
        JsonNode announced = payload(history, "VisitAnnounced");
        assertThat(announced.has("followsVisitType")).isTrue();
        assertThat(announced.get("followsVisitType").isNull()).isTrue();
        JsonNode met = payload(history, "DeadlineMet");
        assertThat(met.get("early").asBoolean(true)).isFalse();
        assertThat(met.get("late").asBoolean(true)).isFalse();

        JsonNode state = expect(inspector.as("auditor").get(visit + "/state?version=" + (history.size() - 1)), 200)
                .json();
        assertThat(state.get("deadlines").get(0).get("state").asString()).isEqualTo("MET");

        expect(inspector.post(visit + "/arrival", VisitRequests.at(VisitRequests.PAST_NOON.plusSeconds(3600))), 200);

        ApiClient admin = inspector.as("admin");
        expect(admin.post("/api/admin/projections/deadline-dashboard/replay", null), 202);
        JsonNode rows = awaitRead(inspector.as("analyst"), "/api/deadlines?visitId=" + visitId,
                page -> page.get("total").asLong() == 1
                        && page.get("items").get(0).get("status").asString().equals("MET"));
        assertThat(rows.get("items").get(0).get("code").asString()).isEqualTo("ANNEX_A_RETURN");
    }

    /** Rewrites the visit's revision-2 rows as revision 1 was stored: without the added field. Answers how many. */
    private int storeAsRevision1(String visitId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT global_index, payload_type, payload "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_revision = '2'", visitId);
        int rewritten = 0;
        for (Map<String, Object> row : rows) {
            String field = ADDED_IN_REVISION_2.get((String) row.get("payload_type"));
            if (field == null) {
                continue;
            }
            ObjectNode payload = (ObjectNode) ApiClient.JSON.readTree((byte[]) row.get("payload"));
            payload.remove(field);
            rewritten += jdbc.update("UPDATE domain_event_entry SET payload = ?, payload_revision = '1' "
                    + "WHERE global_index = ?", ApiClient.JSON.writeValueAsBytes(payload), row.get("global_index"));
        }
        return rewritten;
    }

    private static JsonNode payload(JsonNode history, String type) {
        return history.valueStream().filter(e -> e.get("type").asString().equals(type)).findFirst().orElseThrow()
                .get("payload");
    }
}
