package org.visitledger.query.deadletters;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.deadletters.ParkingCause;
import org.visitledger.query.writing.BatchCommit;

/**
 * What happens when a read model's handler throws. In a processor's batch, the event's visit is marked failed: the
 * batch makes none of its writes and parks its events at commit, in order ({@code BatchCommit}); a failure of the
 * moment (the database unreachable) fails the batch instead, which is tried again. A dead letter that fails again
 * when retried stays in the queue with the new cause.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private final JdbcTemplate jdbc;

    ParkingPolicy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable failure) {
        if (!BatchCommit.inBatch()) {
            return Decisions.requeue(ParkingCause.of(failure));
        }
        ParkingCause.requireParkable(failure);
        if (!(letter.message() instanceof DomainEventMessage<?> event)) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        BatchCommit.current(jdbc).visitFailed(event.getAggregateIdentifier(), failure);
        return Decisions.doNotEnqueue();
    }
}
