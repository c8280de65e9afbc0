package org.visitledger.query.writing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The writes of one processor batch, sent to the database just before the batch commits.
 * <p>
 * Where the read model has a dead-letter queue ({@link FailedVisits}), one visit cannot hold up the others: a visit
 * whose event a handler could not take ({@link #visitFailed}) has none of its writes of the batch made, and if the
 * writes then fail in the database, they are undone and made again visit by visit, each under a savepoint, to find
 * the visits that fail them. Those visits' events of the batch are parked, in order, and everything else commits.
 * A visit's writes are thus all made or none, and its version row (which counts the events applied) with them.
 * <p>
 * A dead letter tried again has a unit of work of its own inside the retry's: its writes are made when it commits,
 * so that a failure is the letter's own and leaves it in the queue.
 */
public final class BatchCommit {

    private static final String KEY = BatchCommit.class.getName();
    private static final String FAILED_VISITS = KEY + "/failedVisits";

    private final UnitOfWork<?> unitOfWork;
    private final JdbcTemplate jdbc;
    private final Map<String, PendingStatements> writers = new LinkedHashMap<>();
    private final Map<String, Throwable> failed = new LinkedHashMap<>();

    private BatchCommit(UnitOfWork<?> unitOfWork, JdbcTemplate jdbc) {
        this.unitOfWork = unitOfWork;
        this.jdbc = jdbc;
    }

    /** The writes of the batch (or dead letter) being handled; the first call has them made at prepare-commit. */
    public static BatchCommit current(JdbcTemplate jdbc) {
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        UnitOfWork<?> owner = current.root() instanceof BatchingUnitOfWork ? current.root() : current;
        return owner.getOrComputeResource(KEY, key -> {
            BatchCommit batch = new BatchCommit(owner, jdbc);
            owner.onPrepareCommit(u -> batch.write());
            return batch;
        });
    }

    /** Whether a processor's batch is being handled (not a dead letter, nor nothing). */
    public static boolean inBatch() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork;
    }

    /** The batch under way parks its failing visits in {@code failedVisits} instead of failing whole. */
    public static void parkFailingVisitsIn(FailedVisits failedVisits) {
        CurrentUnitOfWork.get().root().resources().putIfAbsent(FAILED_VISITS, failedVisits);
    }

    /** The statements queued under {@code owner} (one per read model and purpose). */
    public PendingStatements statements(String owner) {
        return writers.computeIfAbsent(owner, o -> new PendingStatements());
    }

    /** A handler could not take an event of {@code visitId}: none of the visit's writes of the batch are made. */
    public void visitFailed(String visitId, Throwable cause) {
        failed.putIfAbsent(visitId, cause);
    }

    private void write() {
        FailedVisits parking = unitOfWork.root().getResource(FAILED_VISITS);
        if (parking == null || !(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            executeFor(visit -> true);
            return;
        }
        try {
            Savepoints.run(jdbc.getDataSource(), () -> executeFor(visit -> !failed.containsKey(visit)));
        } catch (RuntimeException failure) {
            if (!parking.parks(failure)) {
                throw failure;
            }
            findFailingVisits(parking);
        }
        failed.forEach((visitId, cause) -> parking.park(visitId, eventsOf(batch, visitId), cause));
    }

    private void findFailingVisits(FailedVisits parking) {
        Set<String> visits = new LinkedHashSet<>();
        writers.values().forEach(statements -> visits.addAll(statements.visits()));
        for (String visitId : visits) {
            if (failed.containsKey(visitId)) {
                continue;
            }
            try {
                Savepoints.run(jdbc.getDataSource(), () -> executeFor(visitId::equals));
            } catch (RuntimeException failure) {
                if (!parking.parks(failure)) {
                    throw failure;
                }
                failed.put(visitId, failure);
            }
        }
    }

    private void executeFor(Predicate<String> visits) {
        writers.values().forEach(statements -> statements.execute(jdbc, visits));
    }

    private static List<EventMessage<?>> eventsOf(BatchingUnitOfWork<?> batch, String visitId) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (Object message : batch.getMessages()) {
            if (message instanceof DomainEventMessage<?> event && visitId.equals(event.getAggregateIdentifier())) {
                events.add(event);
            }
        }
        return events;
    }
}
