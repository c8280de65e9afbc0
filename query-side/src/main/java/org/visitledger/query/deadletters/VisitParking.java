package org.visitledger.query.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.visitledger.deadletters.ParkingCause;
import org.visitledger.query.writing.FailedVisits;

import java.util.List;
import java.util.function.Supplier;

/** Parks a visit's events of a batch in the read model's dead-letter queue, and says so in the log (WARN). */
final class VisitParking implements FailedVisits {

    private static final Logger LOG = LoggerFactory.getLogger(VisitParking.class);

    private final String readModel;
    private final Supplier<SequencedDeadLetterQueue<EventMessage<?>>> queue;

    VisitParking(String readModel, Supplier<SequencedDeadLetterQueue<EventMessage<?>>> queue) {
        this.readModel = readModel;
        this.queue = queue;
    }

    @Override
    public boolean parks(Throwable failure) {
        return ParkingCause.parks(failure);
    }

    @Override
    public void park(String visitId, List<EventMessage<?>> events, Throwable failure) {
        if (events.isEmpty()) {
            return;
        }
        ParkingCause cause = ParkingCause.of(failure);
        LOG.warn("Read model {} could not apply the events of visit {} and parked {} of them in its dead-letter queue "
                        + "(GET /api/admin/dead-letters); its other visits go on. Cause: {}", readModel, visitId,
                events.size(), cause.getMessage());
        SequencedDeadLetterQueue<EventMessage<?>> letters = queue.get();
        // The first parked event carries the cause; the ones after it queue behind it, as Axon queues later events.
        letters.enqueue(visitId, new GenericDeadLetter<>(visitId, events.get(0), cause));
        for (EventMessage<?> event : events.subList(1, events.size())) {
            letters.enqueue(visitId, new GenericDeadLetter<>(visitId, event));
        }
    }
}
