package org.visitledger.command.visit;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Objects;
import java.util.Optional;

/**
 * An event-sourcing repository that keeps the aggregates it loaded or saved in memory between commands, and before
 * using a kept one asks the event store for the aggregate's last sequence number. Another command-side instance may
 * have appended events since: then the kept copy is dropped and the aggregate is read from its events, so a command
 * never runs on, or is checked against (If-Match), a stale visit.
 * <p>
 * The question is one indexed query instead of reading and applying every event of the visit; under load that
 * replay was a seventh of the command side's CPU, and grows with the visit's history. A command that fails, or
 * whose transaction rolls back, drops the kept copy (Axon's {@link CachingEventSourcingRepository}).
 */
public class StoreCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final EventStore eventStore;
    private final Cache cache;

    /**
     * @param builder    a builder with the event store and cache below set on it
     * @param eventStore the store asked for each kept aggregate's last sequence number
     * @param cache      where aggregates are kept
     */
    public StoreCheckedCachingRepository(EventSourcingRepository.Builder<T> builder, EventStore eventStore,
                                         Cache cache) {
        super(builder.eventStore(eventStore).cache(cache));
        this.eventStore = eventStore;
        this.cache = cache;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        if (!cache.containsKey(aggregateIdentifier)) {
            return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        }
        EventSourcedAggregate<T> kept = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        Optional<Long> stored = eventStore.lastSequenceNumberFor(aggregateIdentifier);
        if (stored.isPresent() && Objects.equals(kept.version(), stored.get())) {
            return kept;
        }
        cache.remove(aggregateIdentifier);
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }
}
