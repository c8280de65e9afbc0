package org.visitledger.query.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.deadletters.DeadLetterTable;
import org.visitledger.query.writing.BatchCommit;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A read model's dead-letter queue (Axon's JDBC queue), which answers "is this visit parked?" from one query per
 * batch instead of one per event.
 * <p>
 * Axon asks that question of every event before handling it, so that a parked visit's later events queue behind
 * the parked ones. Its own cache cannot be told of visits parked at commit ({@code BatchCommit}), and without it
 * every event would cost a query. Here a batch reads the parked visits once, when it first asks, and adds those it
 * parks itself; another instance's parking is seen from its next batch on.
 */
final class ParkedSequences implements SequencedDeadLetterQueue<EventMessage<?>> {

    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final JdbcTemplate jdbc;
    private final String readModel;
    private final String resourceKey;

    ParkedSequences(SequencedDeadLetterQueue<EventMessage<?>> queue, JdbcTemplate jdbc, String readModel) {
        this.queue = queue;
        this.jdbc = jdbc;
        this.readModel = readModel;
        this.resourceKey = ParkedSequences.class.getName() + "/" + readModel;
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        if (!BatchCommit.inBatch()) {
            return queue.contains(sequenceIdentifier);
        }
        return parkedInThisBatch().contains(sequenceIdentifier.toString());
    }

    private Set<String> parkedInThisBatch() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(resourceKey, key -> new HashSet<>(
                jdbc.queryForList("SELECT DISTINCT sequence_identifier FROM " + DeadLetterTable.NAME
                        + " WHERE processing_group = ?",
                        String.class, readModel)));
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
        queue.enqueue(sequenceIdentifier, letter);
        if (BatchCommit.inBatch()) {
            parkedInThisBatch().add(sequenceIdentifier.toString());
        }
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        queue.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) {
        queue.requeue(letter, letterUpdater);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return queue.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return queue.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return queue.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return queue.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return queue.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return queue.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processor) {
        return queue.process(sequenceFilter, processor);
    }

    @Override
    public void clear() {
        queue.clear();
    }
}
