package org.visitledger.app.store;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.store.StoredVisitEvents.copyAt;

/**
 * Several command-side instances may handle commands for the same visit: one instance's next command must run on
 * the visit as stored, with whatever another instance recorded since this one last handled it. Here the other
 * instance's events are appended straight to the shared store after this instance has handled the visit. A command
 * side that kept visits in memory without checking the store (Axon's plain aggregate cache) fails both tests: its
 * plain command collides with the stored event (409), and an If-Match naming the version it kept passes instead of
 * being 412 (both seen failing with such a cache). The command side keeps no visits between commands today; these
 * tests hold it to that, or to a cache that checks the store.
 */
class AnotherInstancesEventsTest extends RunningApp {

    private StoredVisitEvents events;

    @Autowired
    void storedVisitEvents(EventStorageEngine storage, TransactionManager transactions) {
        events = new StoredVisitEvents(storage, transactions);
    }

    @Test
    void a_command_after_another_instance_recorded_an_event_runs_on_the_visit_as_stored() {
        String visitId = arrivedVisit();
        long otherInstancesEvent = appendedByAnotherInstance(visitId);

        Answer annexA = inspector.post("/api/visits/" + visitId + "/annex-a", null);

        assertThat(annexA.status()).isEqualTo(200);
        assertThat(annexA.json().get("version").asLong()).isGreaterThan(otherInstancesEvent);
        assertThat(typesFrom(visitId, otherInstancesEvent + 1)).contains("AnnexAReturned");
    }

    @Test
    void if_match_is_checked_against_the_visit_as_stored() {
        String visitId = arrivedVisit();
        long versionSeenHere = events.of(visitId).size() - 1;
        appendedByAnotherInstance(visitId);

        Answer annexA = inspector.with("If-Match", "\"" + versionSeenHere + "\"")
                .post("/api/visits/" + visitId + "/annex-a", null);

        assertThat(annexA.status()).isEqualTo(412);
        assertThat(annexA.header("Content-Type")).startsWith("application/problem+json");
        assertThat(typesFrom(visitId, versionSeenHere + 2)).isEmpty();
    }

    /** An announced visit whose arrival this instance recorded (an instance that kept visits would keep it now). */
    private String arrivedVisit() {
        String visitId = expect(inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 201)
                .json().get("visitId").asString();
        expect(inspector.post("/api/visits/" + visitId + "/arrival", null), 200);
        return visitId;
    }

    /**
     * Appends, at the visit's next sequence number, a copy of its last event under a new identifier (for the
     * inspectors' arrival, recording it again changes nothing the next command checks); answers that number.
     */
    private long appendedByAnotherInstance(String visitId) {
        List<DomainEventMessage<?>> stored = events.of(visitId);
        DomainEventMessage<?> last = stored.get(stored.size() - 1);
        long next = last.getSequenceNumber() + 1;
        events.append(List.of(copyAt(last, visitId, next)));
        return next;
    }

    private List<String> typesFrom(String visitId, long sequence) {
        return events.of(visitId).stream().filter(event -> event.getSequenceNumber() >= sequence)
                .map(event -> event.getPayloadType().getSimpleName()).toList();
    }
}
