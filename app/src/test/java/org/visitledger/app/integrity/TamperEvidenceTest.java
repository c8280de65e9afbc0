package org.visitledger.app.integrity;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.visitledger.app.ApiClient;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import org.visitledger.integrity.ChainHash;
import org.visitledger.integrity.StoredEvent;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules INTEGRITY-HASH-CHAIN, INTEGRITY-CHECKPOINT and INTEGRITY-VERIFY against the running application: a visit's
 * history edited straight in the database (a payload byte, two events reordered, an event deleted, metadata changed,
 * the end cut off, the whole visit deleted, the history rewritten with fresh hashes) is found, each at the right first
 * broken link, by the auditor's check of the visit and by the administrator's verification of the whole store, which
 * then makes no checkpoint. Its own application context (and database): the store is tampered with on purpose.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "visit-ledger.integrity.daily-checkpoint-at=03:17")
class TamperEvidenceTest extends RunningApp {

    /** Visits announced before the checkpoint; each is tampered with by one test, after it. */
    private static String truncated;
    private static String deleted;
    private static String rewritten;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @Order(1)
    void an_intact_store_verifies_and_gets_a_signed_checkpoint() {
        truncated = visitWithHistory();
        deleted = visitWithHistory();
        rewritten = visitWithHistory();

        JsonNode intact = auditorChecks(truncated);
        assertThat(intact.get("verified").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("events").asLong()).isEqualTo(events(truncated).size());
        assertThat(intact.get("head").get("sequence").asLong()).isEqualTo(events(truncated).size() - 1);
        assertThat(intact.get("firstBrokenLink").isNull()).isTrue();
        assertThat(intact.get("checkpoint").isNull()).as("no checkpoint yet").isTrue();
        assertThat(intact.get("algorithm").asString()).isEqualTo("SHA-256");

        JsonNode verification = verifyStore(true);
        assertThat(verification.get("status").asString()).as(verification.toString()).isEqualTo("VERIFIED");
        assertThat(verification.get("progress").asInt()).isEqualTo(100);
        assertThat(verification.get("eventsVerified").asLong()).isEqualTo(storedEvents());
        long checkpoint = verification.get("checkpointMade").asLong();

        JsonNode checked = auditorChecks(truncated);
        assertThat(checked.get("verified").asBoolean()).isTrue();
        assertThat(checked.get("checkpoint").get("id").asLong()).isEqualTo(checkpoint);
        assertThat(checked.get("checkpoint").get("authentic").asBoolean()).isTrue();
        assertThat(checked.get("checkpoint").get("sequence").asLong())
                .isEqualTo(checked.get("head").get("sequence").asLong());
        JsonNode listed = expect(admin().get("/api/admin/integrity/checkpoints"), 200).json().get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(checkpoint);
        assertThat(listed.get("authentic").asBoolean()).isTrue();
        assertThat(listed.get("chains").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(2)
    void a_payload_byte_edited_in_the_database_breaks_the_chain_at_that_event() {
        String visit = visitWithHistory();
        Map<String, Object> row = event(visit, 3);
        byte[] payload = (byte[]) row.get("payload");
        int at = new String(payload, StandardCharsets.ISO_8859_1).indexOf("\"occurredAt\":\"20") + 17;
        payload[at] = (byte) (payload[at] == '6' ? '5' : '6');
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", payload,
                row.get("global_index"));

        assertBroken(visit, 3, "CHANGED");
    }

    @Test
    @Order(3)
    void two_events_swapped_in_sequence_break_the_chain_at_the_first_of_them() {
        String visit = visitWithHistory();
        jdbc.update("UPDATE domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = ? "
                + "AND sequence_number = 3", visit);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 3 WHERE aggregate_identifier = ? "
                + "AND sequence_number = 4", visit);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 4 WHERE aggregate_identifier = ? "
                + "AND sequence_number = -1", visit);

        assertBroken(visit, 3, "CHANGED");
    }

    @Test
    @Order(4)
    void an_event_deleted_from_the_middle_is_missing_at_its_sequence() {
        String visit = visitWithHistory();
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2", visit);

        assertBroken(visit, 2, "MISSING");
    }

    @Test
    @Order(5)
    void metadata_changed_in_the_database_breaks_the_chain_at_that_event() {
        String visit = visitWithHistory();
        Map<String, Object> row = event(visit, 4);
        String metadata = new String((byte[]) row.get("meta_data"), StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"actor\":\"inspector\"");
        jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE global_index = ?",
                metadata.replace("\"actor\":\"inspector\"", "\"actor\":\"manager\"").getBytes(StandardCharsets.UTF_8),
                row.get("global_index"));

        assertBroken(visit, 4, "CHANGED");
    }

    @Test
    @Order(6)
    void the_last_event_deleted_is_seen_by_its_recorded_hash() {
        String visit = visitWithHistory();
        long last = events(visit).size() - 1;
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?", visit,
                last);

        assertBroken(visit, last, "TRUNCATED");
        // The visit takes its next command, whose event takes the deleted one's number; the hash recorded for that
        // number stays as evidence, and the new event does not give it.
        expect(inspector.post("/api/visits/" + visit + "/provider-concerns", """
                {"summary": "s", "actionTaken": "a", "resolved": true}"""), 201);
        assertBroken(visit, last, "CHANGED");
    }

    @Test
    @Order(7)
    void the_end_cut_off_with_its_hashes_is_seen_by_the_checkpoint() {
        long checkpointHead = auditorChecks(truncated).get("checkpoint").get("sequence").asLong();
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ?",
                truncated, checkpointHead - 1);
        jdbc.update("DELETE FROM event_hash WHERE aggregate_identifier = ? AND sequence_number >= ?", truncated,
                checkpointHead - 1);

        JsonNode broken = assertBroken(truncated, checkpointHead - 1, "TRUNCATED");
        assertThat(broken.get("firstBrokenLink").get("detail").asString()).contains("checkpoint");
    }

    @Test
    @Order(8)
    void a_whole_visit_deleted_with_its_hashes_is_seen_by_the_checkpoint() {
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", deleted);
        jdbc.update("DELETE FROM event_hash WHERE aggregate_identifier = ?", deleted);

        assertBroken(deleted, 0, "VISIT_MISSING");
    }

    @Test
    @Order(9)
    void a_history_rewritten_with_fresh_hashes_differs_from_the_checkpoint() {
        Map<String, Object> row = event(rewritten, 1);
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                payload.replaceFirst("\"occurredAt\":\"20", "\"occurredAt\":\"19").getBytes(StandardCharsets.UTF_8),
                row.get("global_index"));
        rehash(rewritten);
        long checkpointHead = auditorChecks(rewritten).get("checkpoint").get("sequence").asLong();

        assertBroken(rewritten, checkpointHead, "DIFFERS_FROM_CHECKPOINT");
    }

    @Test
    @Order(10)
    void the_whole_store_verification_lists_every_broken_visit_and_makes_no_checkpoint() {
        JsonNode verification = verifyStore(true);

        assertThat(verification.get("status").asString()).isEqualTo("BROKEN");
        assertThat(verification.get("checkpointMade").isNull()).isTrue();
        assertThat(verification.get("chainsBroken").asLong()).isEqualTo(8);
        assertThat(verification.get("notes").toString()).contains("no checkpoint was made");
        Map<String, String> brokenAt = new java.util.HashMap<>();
        verification.get("broken").forEach(chain -> brokenAt.put(chain.get("visitId").asString(),
                chain.get("problem").asString() + "@" + chain.get("sequence").asLong()));
        assertThat(brokenAt).containsEntry(deleted, "VISIT_MISSING@0")
                .containsEntry(rewritten, "DIFFERS_FROM_CHECKPOINT@"
                        + auditorChecks(rewritten).get("firstBrokenLink").get("sequence").asLong());
        // Three edits, and the last event deleted and its number taken again (CHANGED there); the end cut off.
        assertThat(brokenAt.values()).filteredOn(at -> at.startsWith("CHANGED@")).hasSize(4);
        assertThat(brokenAt.values()).filteredOn(at -> at.startsWith("TRUNCATED@")).hasSize(1);
        assertThat(brokenAt.values()).contains("MISSING@2");
    }

    @Test
    @Order(11)
    void a_checkpoint_edited_in_the_database_is_no_longer_trusted() {
        jdbc.update("UPDATE integrity_checkpoint SET events = events + 1");

        JsonNode listed = expect(admin().get("/api/admin/integrity/checkpoints"), 200).json().get(0);
        assertThat(listed.get("authentic").asBoolean()).isFalse();
        assertThat(listed.get("flaws").toString()).contains("its fields do not give its hash");
        JsonNode visit = auditorChecks(visitWithHistory());
        assertThat(visit.get("verified").asBoolean()).isFalse();
        assertThat(visit.get("firstBrokenLink").isNull()).as("the chain itself holds").isTrue();
        assertThat(visit.get("checkpoint").get("authentic").asBoolean()).isFalse();
    }

    @Test
    @Order(12)
    void only_the_auditor_checks_a_visit_and_only_the_administrator_verifies_the_store() {
        String visit = visitWithHistory();
        for (String user : List.of("inspector", "manager", "analyst", "provider", "admin")) {
            expect(inspector.as(user).get("/api/visits/" + visit + "/integrity"), 403);
        }
        expect(inspector.as("auditor").post("/api/admin/integrity/verify", null), 403);
        expect(inspector.as("auditor").get("/api/visits/no-such-visit/integrity"), 404);
        expect(admin().get("/api/admin/integrity/verifications/no-such-run"), 404);
        expect(admin().post("/api/admin/integrity/verify", "{\"checkpoint\":\"yes\"}"), 400);
        expect(admin().post("/api/admin/integrity/verify", "{\"everything\":true}"), 400);
    }

    private JsonNode assertBroken(String visit, long sequence, String problem) {
        JsonNode answer = auditorChecks(visit);
        assertThat(answer.get("verified").asBoolean()).as(answer.toString()).isFalse();
        JsonNode link = answer.get("firstBrokenLink");
        assertThat(link.get("problem").asString()).as(answer.toString()).isEqualTo(problem);
        assertThat(link.get("sequence").asLong()).as(answer.toString()).isEqualTo(sequence);
        return answer;
    }

    private JsonNode auditorChecks(String visit) {
        return expect(inspector.as("auditor").get("/api/visits/" + visit + "/integrity"), 200).json();
    }

    /** Starts a verification of the whole store and follows its Location until it has finished. */
    private JsonNode verifyStore(boolean checkpoint) {
        ApiClient.Answer started = expect(admin().post("/api/admin/integrity/verify",
                "{\"checkpoint\":" + checkpoint + "}"), 202);
        String location = started.header("Location");
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonNode run = expect(admin().get(location), 200).json();
            if (!run.get("status").asString().equals("RUNNING")) {
                return run;
            }
            assertThat(Instant.now()).as("verification still running: " + run).isBefore(giveUp);
            sleep();
        }
    }

    private ApiClient admin() {
        return inspector.as("admin");
    }

    /** A visit announced, with its Annex A returned and inspectors on site: more than five events. */
    private String visitWithHistory() {
        String visitId = expect(inspector.post("/api/visits",
                VisitRequests.announce("SCH_ASSURANCE", VisitRequests.PAST_MORNING)), 201).json()
                .get("visitId").asString();
        expect(inspector.post("/api/visits/" + visitId + "/annex-a", VisitRequests.at(VisitRequests.PAST_NOON)), 200);
        expect(inspector.post("/api/visits/" + visitId + "/arrival",
                VisitRequests.at(VisitRequests.PAST_NOON.plusSeconds(3600))), 200);
        assertThat(events(visitId).size()).isGreaterThan(5);
        return visitId;
    }

    private List<Map<String, Object>> events(String visit) {
        return jdbc.queryForList("SELECT global_index, sequence_number FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", visit);
    }

    private Map<String, Object> event(String visit, long sequence) {
        return jdbc.queryForMap("SELECT global_index, payload, meta_data FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = ?", visit, sequence);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    /** What a tamperer who knows the algorithm does after editing: every hash of the visit recomputed. */
    private void rehash(String visit) {
        List<StoredEvent> stored = jdbc.query("SELECT global_index, aggregate_identifier, sequence_number, "
                + "event_identifier, type, payload_type, payload_revision, time_stamp, meta_data, payload "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number", (rs, i) ->
                new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)), visit);
        byte[] previous = ChainHash.genesis();
        for (StoredEvent event : stored) {
            previous = ChainHash.link(event, previous);
            jdbc.update("UPDATE event_hash SET event_hash = ? WHERE aggregate_identifier = ? AND sequence_number = ?",
                    previous, visit, event.sequenceNumber());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
