package org.visitledger.query.writing;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.BinaryOperator;

/**
 * A read model's writes, sent to the database together when the processor's batch commits instead of one round trip
 * per statement ({@link BatchCommit}); outside a unit of work (an event handled on its own) a statement runs at once.
 * <p>
 * Every statement names the visit whose rows it writes, and a visit's statements run in the order they were given,
 * so each sees the rows as the earlier ones left them, exactly as if run one by one. Statements of different visits
 * touch different rows and may be reordered, which lets equal statements of many visits go in one JDBC batch
 * ({@link PendingStatements}), and lets one visit's writes be made or undone without the others'. The statements
 * therefore must not read what another visit's statements write, and the handlers that queue them must not read the
 * read model either (they would miss what is still queued): a statement that depends on the current rows says so
 * itself ({@code WHERE version < ?}, {@code WHERE NOT EXISTS}).
 */
public final class BatchWriter {

    private final JdbcTemplate jdbc;
    private final String owner;

    /** {@code owner} tells apart the writers of one unit of work (one per read model and purpose). */
    public BatchWriter(JdbcTemplate jdbc, String owner) {
        this.jdbc = jdbc;
        this.owner = owner;
    }

    /** Queues {@code sql} with {@code args} as a write to the rows of {@code visitId}. */
    public void update(String visitId, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        pending().add(visitId, sql, args);
    }

    /**
     * Queues {@code sql} with {@code args} as {@link #update} does, merged with the visit's previous statement if that
     * is the same SQL queued by this method ({@link PendingStatements#addMerging}).
     */
    public void updateMerging(String visitId, String sql, BinaryOperator<Object[]> merge, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        pending().addMerging(visitId, sql, merge, args);
    }

    private PendingStatements pending() {
        return BatchCommit.current(jdbc).statements(owner);
    }
}
