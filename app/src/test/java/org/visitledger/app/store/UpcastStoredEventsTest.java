package org.visitledger.app.store;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import org.visitledger.integrity.EventChain;
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
    @Autowired
    private EventChain chain;

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

    /**
     * The drill of issue 23 (docs/integrity.md, "Evolving an event"): an older build stored a visit whose provider
     * concern was escalated to someone named in free text (ProviderConcernEscalated revision 1), and stored no hashes.
     * Today's build reads that row as revision 2 everywhere: the auditor's history and the concern's own read show
     * whom as a role and a name, the aggregate knows the concern is escalated (a second escalation is refused), the
     * next actions no longer offer it, a replayed read model takes it, and the visit's chain, sealed over the
     * revision-1 bytes as they are, verifies.
     */
    @Test
    void a_revision_1_escalation_in_free_text_is_read_as_a_role_and_a_name_everywhere() {
        String visitId = expect(inspector.post("/api/visits",
                VisitRequests.announce("RSS_ASSURANCE", VisitRequests.PAST_MORNING)), 201).json()
                .get("visitId").asString();
        String visit = "/api/visits/" + visitId;
        expect(inspector.post(visit + "/provider-concerns", """
                {"summary": "A child was interviewed without staff", "actionTaken": "Guidance explained",
                 "resolved": false}"""), 201);
        expect(inspector.post(visit + "/provider-concerns/PC-1/escalation",
                "{\"escalatedTo\": \"RIM North (Sam Patel)\"}"), 200);
        storeAsAnOlderBuild(visitId);

        JsonNode history = expect(inspector.as("auditor").get(visit + "/history"), 200).json();
        JsonNode escalatedTo = payload(history, "ProviderConcernEscalated").get("escalatedTo");
        assertThat(escalatedTo.get("role").asString()).isEqualTo("REGIONAL_INSPECTION_MANAGER");
        assertThat(escalatedTo.get("name").asString()).isEqualTo("RIM North (Sam Patel)");
        assertThat(inspector.get(visit + "/provider-concerns/PC-1").body()).contains("REGIONAL_INSPECTION_MANAGER");

        assertThat(expect(inspector.post(visit + "/provider-concerns/PC-1/escalation",
                "{\"escalatedTo\": \"Senior HMI\"}"), 409).json().get("reason").asString())
                .isEqualTo("PROVIDER_CONCERN_ALREADY_ESCALATED");
        assertThat(inspector.get(visit).body()).doesNotContain("provider-concerns/PC-1/escalation");
        expect(inspector.post(visit + "/annex-a", VisitRequests.at(VisitRequests.PAST_NOON)), 200);

        ApiClient admin = inspector.as("admin");
        expect(admin.post("/api/admin/projections/visit-summary/replay", null), 202);
        awaitRead(admin, "/api/admin/projections", projections -> projections.valueStream()
                .noneMatch(projection -> projection.get("replaying").asBoolean()));
        assertThat(admin.get("/api/admin/dead-letters").json().toString()).doesNotContain(visitId);
        awaitRead(inspector, visit, summary -> summary.get("version").asLong() >= history.size());

        JsonNode integrity = expect(inspector.as("auditor").get(visit + "/integrity"), 200).json();
        assertThat(integrity.get("verified").asBoolean()).as(integrity.toString()).isTrue();
    }

    /**
     * What an older build left: the escalation as revision 1 (whom as the text the inspector wrote), and no hashes
     * (the chain did not exist then).
     */
    private void storeAsAnOlderBuild(String visitId) {
        Map<String, Object> row = jdbc.queryForMap("SELECT global_index, payload FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type = ?", visitId,
                "org.visitledger.events.ProviderConcernEscalated");
        ObjectNode payload = (ObjectNode) ApiClient.JSON.readTree((byte[]) row.get("payload"));
        payload.put("escalatedTo", payload.get("escalatedTo").get("name").asString());
        jdbc.update("UPDATE domain_event_entry SET payload = ?, payload_revision = '1' WHERE global_index = ?",
                ApiClient.JSON.writeValueAsBytes(payload), row.get("global_index"));
        jdbc.update("DELETE FROM event_hash WHERE aggregate_identifier = ?", visitId);
        chain.forgetCommittedHeads();
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
