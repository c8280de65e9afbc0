package org.visitledger.app.integrity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import org.visitledger.integrity.EventChain;
import tools.jackson.databind.JsonNode;

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
