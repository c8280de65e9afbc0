package org.visitledger.app.store;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.visitledger.app.store.StoredVisitEvents.copyAt;

/**
 * Two commands for one visit that ran at the same time both append the visit's next sequence number; the store's
 * unique key lets the first commit win, and the second must end as Axon's ConcurrencyException (a 409, nothing
 * recorded), never as an unexplained failure and never with part of its events stored. The appends here are what
 * the losing command's would be: events at sequence numbers the visit already has, on H2 and on PostgreSQL, where
 * the events of one command reach the database as one JDBC batch.
 */
class AppendConflictTest extends RunningApp {

    private StoredVisitEvents events;

    @Autowired
    void storedVisitEvents(EventStorageEngine storage, TransactionManager transactions) {
        events = new StoredVisitEvents(storage, transactions);
    }

    @Test
    void an_event_at_a_sequence_number_the_visit_already_has_is_refused_as_a_concurrent_change() {
        String visitId = announcedVisit();
        List<DomainEventMessage<?>> stored = events.of(visitId);
        long last = stored.get(stored.size() - 1).getSequenceNumber();

        assertThatThrownBy(() -> events.append(List.of(copyAt(stored.get(0), visitId, last))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(storedIdentifiers(visitId)).isEqualTo(identifiers(stored));
    }

    @Test
    void a_command_whose_last_event_collides_stores_none_of_its_events() {
        String visitId = announcedVisit();
        List<DomainEventMessage<?>> stored = events.of(visitId);
        long last = stored.get(stored.size() - 1).getSequenceNumber();
        // Two new sequence numbers, then one the visit has: the whole command is refused, the new two included.
        List<DomainEventMessage<?>> losing = List.of(copyAt(stored.get(0), visitId, last + 1),
                copyAt(stored.get(0), visitId, last + 2), copyAt(stored.get(0), visitId, last));

        assertThatThrownBy(() -> events.append(losing)).isInstanceOf(ConcurrencyException.class);

        assertThat(storedIdentifiers(visitId)).isEqualTo(identifiers(stored));
    }

    private String announcedVisit() {
        return expect(inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 201)
                .json().get("visitId").asString();
    }

    private List<String> storedIdentifiers(String visitId) {
        return identifiers(events.of(visitId));
    }

    private static List<String> identifiers(List<DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getIdentifier).toList();
    }
}
