package org.visitledger.app.store;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side keeps visits in memory between commands; another command-side instance may record events for
 * the same visit meanwhile. Here those events are appended straight to the shared store, as the other instance's
 * commit would leave them, after this instance has handled (and kept) the visit. Its next command must run on the
 * visit as stored: with a kept copy that missed the event, a plain command would collide with it (409) and an
 * If-Match naming the kept version would pass instead of being 412.
 */
class VisitKeptBetweenCommandsTest extends RunningApp {

    @Autowired
    private EventStorageEngine storage;
    @Autowired
    private TransactionManager transactions;

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
    void if_match_is_checked_against_the_visit_as_stored_not_as_kept() {
        String visitId = arrivedVisit();
        long keptVersion = storedEvents(visitId).size() - 1;
        appendedByAnotherInstance(visitId);

        Answer annexA = inspector.with("If-Match", "\"" + keptVersion + "\"")
                .post("/api/visits/" + visitId + "/annex-a", null);

        assertThat(annexA.status()).isEqualTo(412);
        assertThat(annexA.header("Content-Type")).startsWith("application/problem+json");
        assertThat(typesFrom(visitId, keptVersion + 2)).isEmpty();
    }

    /** An announced visit whose arrival this instance recorded, so that it holds the visit in memory. */
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
        List<DomainEventMessage<?>> stored = storedEvents(visitId);
        DomainEventMessage<?> last = stored.get(stored.size() - 1);
        long next = last.getSequenceNumber() + 1;
        transactions.executeInTransaction(() -> storage.appendEvents(List.of(
                new GenericDomainEventMessage<>(last.getType(), visitId, next, last.getPayload(), last.getMetaData(),
                        UUID.randomUUID().toString(), last.getTimestamp()))));
        return next;
    }

    private List<String> typesFrom(String visitId, long sequence) {
        return storedEvents(visitId).stream().filter(event -> event.getSequenceNumber() >= sequence)
                .map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    private List<DomainEventMessage<?>> storedEvents(String visitId) {
        return transactions.fetchInTransaction(
                () -> storage.readEvents(visitId).asStream().<DomainEventMessage<?>>map(event -> event).toList());
    }
}
