package org.visitledger.persistence;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.springframework.dao.DataIntegrityViolationException;
import org.visitledger.erasure.PersonalData;
import org.visitledger.integrity.EventChain;
import org.visitledger.integrity.StoredEvent;

import java.util.List;

/**
 * Axon's JDBC storage engine, which encrypts the personal fields of the events it appends ({@link PersonalData}) and
 * links every event it appends into its visit's hash chain ({@link EventChain}), in the same transaction and from
 * the very bytes it stores ({@link StoredBytesAppend}). The events are inserted first, so that a concurrent append
 * that loses still fails as Axon's own conflict, with nothing stored.
 */
final class ChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final StoredBytesAppend append;
    private final EventChain chain;
    private final PersonalData personalData;

    private ChainingEventStorageEngine(Builder builder, StoredBytesAppend append, EventChain chain,
                                       PersonalData personalData) {
        super(builder);
        this.append = append;
        this.chain = chain;
        this.personalData = personalData;
    }

    /** @param chain the hash chain, or null to store events unchained (only to measure what the chain costs) */
    static ChainingEventStorageEngine of(Builder builder, EventChain chain, PersonalData personalData) {
        StoredBytesAppend append = new StoredBytesAppend();
        return new ChainingEventStorageEngine(builder.appendEvents(append), append, chain, personalData);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<StoredEvent> stored = append.keepRows();
        try {
            super.appendEvents(events, personalData.protecting(serializer));
        } finally {
            append.stopKeeping();
        }
        if (chain != null && !stored.isEmpty()) {
            try {
                chain.link(stored);
            } catch (DataIntegrityViolationException raced) {
                // Another transaction recorded the same link at the same moment (the sealing of a visit stored
                // before the chain existed): nothing is stored, and the command may be sent again, as after a lost
                // race for the event itself.
                throw new ConcurrencyException("The hash chain of the visit changed while its events were stored",
                        raced);
            }
        }
        personalData.appended(events);
    }
}
