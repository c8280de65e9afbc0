package org.visitledger.app.integrity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import org.visitledger.integrity.ChainHash;
import org.visitledger.integrity.EventChain;
import org.visitledger.integrity.StoredEvent;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule INTEGRITY-HASH-CHAIN for a store an older build wrote, without hashes: its visits are linked as they stand, by
 * the sealing a command side runs at start, or by the first new event of the visit; a visit whose chain exists but
 * lacks a hash is not sealed over: the gap stays for the verification to report.
 */
class ChainSealingTest extends RunningApp {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventChain chain;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void a_visit_stored_without_hashes_is_sealed_as_it_stands() {
        String visit = announced();
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM event_hash WHERE aggregate_identifier = ?",
                Long.class, visit);
        jdbc.update("DELETE FROM event_hash WHERE aggregate_identifier = ?", visit);
        assertThat(check(visit).get("firstBrokenLink").get("problem").asString()).isEqualTo("NOT_RECORDED");

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThat(chain.sealUnchained(run -> transaction.executeWithoutResult(status -> run.run())))
                .isGreaterThanOrEqualTo(1);

        JsonNode sealed = check(visit);
        assertThat(sealed.get("verified").asBoolean()).as(sealed.toString()).isTrue();
        assertThat(sealed.get("events").asLong()).isEqualTo(events);
    }

    @Test
    void a_visit_stored_without_hashes_is_sealed_by_its_next_event() {
        String visit = announced();
        jdbc.update("DELETE FROM event_hash WHERE aggregate_identifier = ?", visit);
        chain.forgetCommittedHeads();

        expect(inspector.post("/api/visits/" + visit + "/arrival",
                VisitRequests.at(VisitRequests.PAST_NOON.plusSeconds(3600))), 200);

        JsonNode sealed = check(visit);
        assertThat(sealed.get("verified").asBoolean()).as(sealed.toString()).isTrue();
    }

    @Test
    void a_chain_missing_its_last_hash_is_linked_onwards_and_still_shows_the_gap() {
        String visit = announced();
        long last = jdbc.queryForObject("SELECT MAX(sequence_number) FROM event_hash WHERE aggregate_identifier = ?",
                Long.class, visit);
        jdbc.update("DELETE FROM event_hash WHERE aggregate_identifier = ? AND sequence_number = ?", visit, last);

        expect(inspector.post("/api/visits/" + visit + "/arrival",
                VisitRequests.at(VisitRequests.PAST_NOON.plusSeconds(3600))), 200);

        JsonNode checked = check(visit);
        assertThat(checked.get("firstBrokenLink").get("problem").asString()).isEqualTo("NOT_RECORDED");
        assertThat(checked.get("firstBrokenLink").get("sequence").asLong()).isEqualTo(last);
    }

    /**
     * The heads this process keeps are used only for the very next event: after another instance appended to the
     * visit (its event and hash written here as that instance writes them), this process links its next event onto
     * the stored chain, not onto the head it kept.
     */
    @Test
    void a_visit_another_instance_appended_to_is_linked_onto_the_stored_chain() {
        String visit = expect(inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 201).json()
                .get("visitId").asString();
        expect(inspector.post("/api/visits/" + visit + "/arrival", null), 200);
        long last = jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, visit);
        jdbc.update("INSERT INTO domain_event_entry (global_index, sequence_number, aggregate_identifier, "
                + "event_identifier, payload_revision, payload_type, time_stamp, type, meta_data, payload) "
                + "SELECT " + nextGlobalIndex() + ", sequence_number + 1, "
                + "aggregate_identifier, ?, payload_revision, payload_type, time_stamp, type, meta_data, payload "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                UUID.randomUUID().toString(), visit, last);
        StoredEvent appended = jdbc.queryForObject("SELECT global_index, aggregate_identifier, sequence_number, "
                + "event_identifier, type, payload_type, payload_revision, time_stamp, meta_data, payload "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?", (rs, row) ->
                new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)),
                visit, last + 1);
        byte[] previous = jdbc.queryForObject("SELECT event_hash FROM event_hash WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", byte[].class, visit, last);
        jdbc.update("INSERT INTO event_hash (aggregate_identifier, sequence_number, event_hash) VALUES (?, ?, ?)",
                visit, last + 1, ChainHash.link(appended, previous));

        expect(inspector.post("/api/visits/" + visit + "/annex-a", null), 200);

        JsonNode checked = check(visit);
        assertThat(checked.get("verified").asBoolean()).as(checked.toString()).isTrue();
        assertThat(checked.get("head").get("sequence").asLong()).isGreaterThan(last + 1);
    }

    /** The event store's own sequence, as the other instance's storage engine takes its next global index. */
    private String nextGlobalIndex() {
        String database = jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(database) ? "nextval('global_index_seq')" : "NEXT VALUE FOR global_index_seq";
    }

    private String announced() {
        String visit = expect(inspector.post("/api/visits",
                VisitRequests.announce("SCH_ASSURANCE", VisitRequests.PAST_MORNING)), 201).json()
                .get("visitId").asString();
        expect(inspector.post("/api/visits/" + visit + "/annex-a", VisitRequests.at(VisitRequests.PAST_NOON)), 200);
        return visit;
    }

    private JsonNode check(String visit) {
        return expect(inspector.as("auditor").get("/api/visits/" + visit + "/integrity"), 200).json();
    }
}
