package org.visitledger.app.store;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.List;
import java.util.UUID;

/**
 * A visit's events read from and written to the store directly, past the command side, for the store tests: as
 * another command-side instance's commit, or a losing concurrent command's, would leave them.
 */
record StoredVisitEvents(EventStorageEngine storage, TransactionManager transactions) {

    List<DomainEventMessage<?>> of(String visitId) {
        return transactions.fetchInTransaction(
                () -> storage.readEvents(visitId).asStream().<DomainEventMessage<?>>map(event -> event).toList());
    }

    void append(List<DomainEventMessage<?>> events) {
        transactions.executeInTransaction(() -> storage.appendEvents(events));
    }

    /** The visit's event with a new identifier at {@code sequence}, as a command elsewhere would have made it. */
    static DomainEventMessage<?> copyAt(DomainEventMessage<?> event, String visitId, long sequence) {
        return new GenericDomainEventMessage<>(event.getType(), visitId, sequence, event.getPayload(),
                event.getMetaData(), UUID.randomUUID().toString(), event.getTimestamp());
    }
}
