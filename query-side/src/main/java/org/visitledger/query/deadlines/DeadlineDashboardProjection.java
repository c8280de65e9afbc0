package org.visitledger.query.deadlines;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.events.DeadlineCancelled;
import org.visitledger.events.DeadlineMet;
import org.visitledger.events.DeadlineMissed;
import org.visitledger.events.DeadlineScheduled;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.query.readmodel.ReadModel;
import org.visitledger.query.readmodel.ReadModelProjection;
import org.visitledger.query.writing.BatchWriter;

import java.sql.Timestamp;
import java.util.List;

/**
 * One row per deadline of every visit, in the state its events put it in. A deadline recorded as missed
 * and later met keeps the met state (the act happened, on time or late by its occurredAt). The writes go to the
 * database when the processor's batch commits ({@link BatchWriter}); a re-delivered event inserts nothing twice.
 */
@Component
@ProcessingGroup(DeadlineDashboardProjection.NAME)
public class DeadlineDashboardProjection implements ReadModelProjection {

    public static final String NAME = "deadline-dashboard";
    public static final ReadModel READ_MODEL = new ReadModel(NAME, List.of("deadline_row", "deadline_visit"));

    private final JdbcTemplate jdbc;
    private final BatchWriter rows;

    public DeadlineDashboardProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new BatchWriter(jdbc, NAME);
    }

    @Override
    public ReadModel readModel() {
        return READ_MODEL;
    }

    /** A replay rebuilds the read model from nothing. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM deadline_row");
        jdbc.update("DELETE FROM deadline_visit");
    }

    @EventHandler
    void on(VisitAnnounced event) {
        rows.update(event.visitId(), "INSERT INTO deadline_visit (visit_id, visit_type, region) SELECT ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM deadline_visit WHERE visit_id = ?)",
                event.visitId(), event.visitType().name(), event.provider().region(), event.visitId());
    }

    @EventHandler
    void on(DeadlineScheduled event) {
        rows.update(event.visitId(), "INSERT INTO deadline_row (visit_id, deadline_id, code, owner, due_at, state, "
                        + "visit_type, region) SELECT ?, ?, ?, ?, ?, 'OPEN', visit_type, region FROM deadline_visit "
                        + "WHERE visit_id = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM deadline_row WHERE visit_id = ? AND deadline_id = ?)",
                event.visitId(), event.deadlineId(), event.code().name(), event.owner().name(),
                Timestamp.from(event.dueAt()), event.visitId(), event.visitId(), event.deadlineId());
    }

    @EventHandler
    void on(DeadlineMet event) {
        rows.update(event.visitId(), "UPDATE deadline_row SET state = 'MET', met_at = ?, late = ?, early = ? "
                        + "WHERE visit_id = ? AND deadline_id = ?",
                Timestamp.from(event.occurredAt()), event.late(), event.early(), event.visitId(), event.deadlineId());
    }

    @EventHandler
    void on(DeadlineMissed event) {
        rows.update(event.visitId(), "UPDATE deadline_row SET state = 'MISSED' "
                + "WHERE visit_id = ? AND deadline_id = ? AND state = 'OPEN'", event.visitId(), event.deadlineId());
    }

    @EventHandler
    void on(DeadlineCancelled event) {
        rows.update(event.visitId(), "UPDATE deadline_row SET state = 'CANCELLED' WHERE visit_id = ? AND deadline_id = ?",
                event.visitId(), event.deadlineId());
    }
}
