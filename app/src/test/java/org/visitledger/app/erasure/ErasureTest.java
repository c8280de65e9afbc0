package org.visitledger.app.erasure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.app.ApiClient;
import org.visitledger.app.RunningApp;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules ERASURE-PERSONAL-FIELDS and ERASURE-CRYPTO-SHREDDING against the running application: a concern's details and
 * a duty-desk call's summary are stored only as ciphertext, read as written by those who may read them, and after
 * the administrator's erasure read as "[erased]" everywhere (history and its CSV export, a concern's own read, time
 * travel, a replayed read model), with no copy of the text left in any table, the erasure itself in the history, and the visit's hash
 * chain still verifying.
 */
class ErasureTest extends RunningApp {

    private static final String SCHOOL = """
            {"visitType": "SCHOOL_INTERIM",
             "provider": {"urn": "100001", "name": "Brook Lane Primary", "localAuthority": "Leeds", "region": "Yorkshire"},
             "leadInspector": "Ann Hale", "teamInspectors": ["Raj Patel"], "occurredAt": "2025-10-01T09:00:00Z"}""";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void erased_personal_data_reads_as_erased_everywhere_and_leaves_no_plain_text_behind() {
        String secret = "Pupil Jamie Okonkwo-" + System.nanoTime() + " disclosed it to a teaching assistant";
        String call = "Whistle-blower Mrs Ferreira-" + System.nanoTime() + " rang the duty desk";
        String visitId = expect(inspector.post("/api/visits", SCHOOL), 201).json().get("visitId").asString();
        String visit = "/api/visits/" + visitId;
        expect(inspector.post(visit + "/arrival", "{\"occurredAt\": \"2025-10-02T09:00:00Z\"}"), 200);
        String concernId = expect(inspector.post(visit + "/concerns", """
                {"category": "SAFEGUARDING", "summary": "Referrals not followed up", "details": "%s",
                 "occurredAt": "2025-10-02T10:30:00Z"}""".formatted(secret)), 201).json().get("concernId").asString();
        expect(inspector.post(visit + "/duty-desk-calls", """
                {"summary": "%s", "occurredAt": "2025-10-02T11:00:00Z"}""".formatted(call)), 200);

        assertThat(tablesHolding("Referrals not followed up")).as("the scan finds text that is not personal")
                .anyMatch(table -> table.equalsIgnoreCase("domain_event_entry"));
        assertThat(tablesHolding(secret)).as("stored only as ciphertext").isEmpty();
        assertThat(tablesHolding(call)).isEmpty();
        assertThat(storedPayload(visitId, "ConcernRaised")).contains("AES-256-GCM").doesNotContain("Jamie");
        ApiClient auditor = inspector.as("auditor");
        assertThat(firstPayload(auditor.get(visit + "/history").json(), "ConcernRaised").get("details").asString())
                .isEqualTo(secret);
        assertThat(firstPayload(auditor.get(visit + "/history").json(), "DutyDeskConsulted").get("summary")
                .asString()).isEqualTo(call);
        long versionBefore = auditor.get(visit + "/history").json().size() - 1;

        ApiClient admin = inspector.as("admin");
        JsonNode erased = expect(admin.post("/api/admin/erasure", """
                {"visitId": "%s", "reason": "Erasure request ER-2026-0042 (data subject's request)"}"""
                .formatted(visitId)), 200).json();
        assertThat(erased.get("readsAs").asString()).isEqualTo("[erased]");

        JsonNode history = auditor.get(visit + "/history").json();
        assertThat(firstPayload(history, "ConcernRaised").get("details").asString()).isEqualTo("[erased]");
        assertThat(firstPayload(history, "ConcernRaised").get("summary").asString())
                .as("only personal fields").isEqualTo("Referrals not followed up");
        assertThat(firstPayload(history, "DutyDeskConsulted").get("summary").asString()).isEqualTo("[erased]");
        JsonNode erasure = history.get(history.size() - 1);
        assertThat(erasure.get("type").asString()).isEqualTo("PersonalDataErased");
        assertThat(erasure.get("actor").asString()).isEqualTo("admin");
        assertThat(erasure.get("payload").get("reason").asString()).contains("ER-2026-0042");
        assertThat(auditor.get(visit + "/concerns/" + concernId).body()).contains("[erased]").doesNotContain("Jamie");
        assertThat(auditor.get(visit + "/state?version=" + versionBefore).body()).doesNotContain("Jamie", "Ferreira");
        assertThat(inspector.as("analyst").get(visit + "/history").body()).doesNotContain("Jamie", "Ferreira");
        String exported = expect(auditor.with("Accept", "text/csv").get(visit + "/history"), 200).body();
        assertThat(exported).as("the CSV export").contains("[erased]").doesNotContain("Jamie", "Ferreira");

        expect(admin.post("/api/admin/projections/visit-summary/replay", null), 202);
        awaitRead(admin, "/api/admin/projections", projections -> projections.valueStream()
                .noneMatch(projection -> projection.get("replaying").asBoolean()));
        assertThat(tablesHolding(secret)).isEmpty();
        assertThat(tablesHolding(call)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_key WHERE visit_id = ? "
                + "AND key_material IS NULL AND erased_by = 'admin'", Long.class, visitId)).isEqualTo(1);

        JsonNode integrity = expect(auditor.get(visit + "/integrity"), 200).json();
        assertThat(integrity.get("verified").asBoolean()).as("the chain covers the ciphertext").isTrue();

        String later = "Raised after the erasure";
        expect(inspector.post(visit + "/concerns", """
                {"category": "SAFEGUARDING", "summary": "Another", "details": "%s",
                 "occurredAt": "2025-10-02T12:00:00Z"}""".formatted(later)), 201);
        JsonNode afterwards = auditor.get(visit + "/history").json();
        assertThat(afterwards.toString()).as("recorded after it under a new key").contains(later);
    }

    @Test
    void an_erasure_needs_the_administrator_a_known_visit_and_a_reason_and_a_refused_one_records_nothing() {
        String visitId = expect(inspector.post("/api/visits", SCHOOL), 201).json().get("visitId").asString();
        long events = storedEvents();
        ApiClient admin = inspector.as("admin");
        for (String user : List.of("inspector", "manager", "auditor", "analyst", "provider")) {
            expect(inspector.as(user).post("/api/admin/erasure",
                    "{\"visitId\": \"" + visitId + "\", \"reason\": \"r\"}"), 403);
        }
        JsonNode noReason = expect(admin.post("/api/admin/erasure", "{\"visitId\": \"" + visitId + "\"}"), 400)
                .json();
        assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
        expect(admin.post("/api/admin/erasure", "{\"visitId\": \"" + visitId + "\", \"reason\": \" \"}"), 400);
        expect(admin.post("/api/admin/erasure", "{\"visitId\": \"no-such-visit\", \"reason\": \"r\"}"), 404);
        expect(admin.post("/api/admin/erasure", "{\"visitId\": \"" + visitId + "\", \"reason\": \"r\", \"x\": 1}"),
                400);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void a_ciphertext_altered_in_the_database_reads_as_unreadable_and_breaks_the_chain_there() {
        String visitId = expect(inspector.post("/api/visits", SCHOOL), 201).json().get("visitId").asString();
        String visit = "/api/visits/" + visitId;
        expect(inspector.post(visit + "/arrival", "{\"occurredAt\": \"2025-10-02T09:00:00Z\"}"), 200);
        expect(inspector.post(visit + "/concerns", """
                {"category": "SAFEGUARDING", "summary": "Referrals", "details": "Named child",
                 "occurredAt": "2025-10-02T10:30:00Z"}"""), 201);
        Map<String, Object> row = jdbc.queryForMap("SELECT global_index, sequence_number, payload "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?", visitId,
                "org.visitledger.events.ConcernRaised");
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        int at = payload.indexOf("\"ciphertext\":\"") + 14;
        String altered = payload.substring(0, at) + (payload.charAt(at) == 'A' ? 'B' : 'A') + payload.substring(at + 1);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                altered.getBytes(StandardCharsets.UTF_8), row.get("global_index"));

        ApiClient auditor = inspector.as("auditor");
        JsonNode history = expect(auditor.get(visit + "/history"), 200).json();
        assertThat(firstPayload(history, "ConcernRaised").get("details").asString()).isEqualTo("[unreadable]");
        JsonNode integrity = expect(auditor.get(visit + "/integrity"), 200).json();
        assertThat(integrity.get("firstBrokenLink").get("problem").asString()).isEqualTo("CHANGED");
        assertThat(integrity.get("firstBrokenLink").get("sequence").asLong())
                .isEqualTo(((Number) row.get("sequence_number")).longValue());
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private String storedPayload(String visitId, String type) {
        return new String(jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", byte[].class, visitId, "org.visitledger.events." + type),
                StandardCharsets.UTF_8);
    }

    /** Every table of the application's schema with a row in which some value holds {@code text}. */
    private List<String> tablesHolding(String text) {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(table_type) IN ('base table', 'table')",
                String.class);
        List<String> holding = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM \"" + table + "\"")) {
                if (row.values().stream().anyMatch(value -> holds(value, text))) {
                    holding.add(table);
                    break;
                }
            }
        }
        return holding;
    }

    private static boolean holds(Object value, String text) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8).contains(text);
        }
        return value != null && value.toString().contains(text);
    }
}
