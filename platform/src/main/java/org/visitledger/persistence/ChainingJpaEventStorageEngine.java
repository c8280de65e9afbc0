package org.visitledger.persistence;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.springframework.dao.DataIntegrityViolationException;
import org.visitledger.erasure.PersonalData;
import org.visitledger.integrity.EventChain;
import org.visitledger.integrity.StoredEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Axon's JPA storage engine, which encrypts the personal fields of the events it appends ({@link PersonalData}) and
 * links every event it appends into its visit's hash chain ({@link EventChain}),
 * in the same transaction and from the very bytes it stores. The entries are taken as Axon creates them, and linked
 * once Axon has flushed them, so that a concurrent append that loses still fails as Axon's own conflict.
 */
class ChainingJpaEventStorageEngine extends JpaEventStorageEngine {

    /** The entries the current append created, on the appending thread. */
    private final ThreadLocal<List<DomainEventEntry>> appending = new ThreadLocal<>();
    private final EventChain chain;
    private final PersonalData personalData;

    /** @param chain the hash chain, or null to store events unchained (only to measure what the chain costs) */
    ChainingJpaEventStorageEngine(Builder builder, EventChain chain, PersonalData personalData) {
        super(builder);
        this.chain = chain;
        this.personalData = personalData;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<DomainEventEntry> created = new ArrayList<>(events.size());
        appending.set(created);
        try {
            super.appendEvents(events, personalData.protecting(serializer));
        } finally {
            appending.remove();
        }
        if (chain != null && !created.isEmpty()) {
            try {
                chain.link(created.stream().map(ChainingJpaEventStorageEngine::stored).toList());
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

    @Override
    protected Object createEventEntity(EventMessage<?> eventMessage, Serializer serializer) {
        Object entity = super.createEventEntity(eventMessage, serializer);
        List<DomainEventEntry> created = appending.get();
        if (created != null && entity instanceof DomainEventEntry entry) {
            created.add(entry);
        }
        return entity;
    }

    /** The entry as stored; its global index, not part of the hash, is not needed here. */
    private static StoredEvent stored(DomainEventEntry entry) {
        return new StoredEvent(-1, entry.getAggregateIdentifier(), entry.getSequenceNumber(),
                entry.getEventIdentifier(), entry.getType(), entry.getPayload().getType().getName(),
                entry.getPayload().getType().getRevision(), DateTimeUtils.formatInstant(entry.getTimestamp()),
                entry.getMetaData().getData(), entry.getPayload().getData());
    }
}
