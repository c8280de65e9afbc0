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

import java.sql.Timestamp;

/**
 * One row per deadline of every visit, in the state its events put it in. A deadline recorded as missed
 * and later met keeps the met state (the act happened, on time or late by its occurredAt).
 */
@Component
@ProcessingGroup(DeadlineDashboardProjection.NAME)
public class DeadlineDashboardProjection {

    public static final String NAME = "deadline-dashboard";

    private final JdbcTemplate jdbc;

    public DeadlineDashboardProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A replay rebuilds the read model from nothing. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM deadline_row");
        jdbc.update("DELETE FROM deadline_visit");
    }

    @EventHandler
    void on(VisitAnnounced event) {
        if (count("SELECT COUNT(*) FROM deadline_visit WHERE visit_id = ?", event.visitId()) == 0) {
            jdbc.update("INSERT INTO deadline_visit (visit_id, visit_type, region) VALUES (?, ?, ?)",
                    event.visitId(), event.visitType().name(), event.provider().region());
        }
    }

    @EventHandler
    void on(DeadlineScheduled event) {
        if (count("SELECT COUNT(*) FROM deadline_row WHERE visit_id = ? AND deadline_id = ?", event.visitId(),
                event.deadlineId()) == 0) {
            jdbc.update("INSERT INTO deadline_row (visit_id, deadline_id, code, owner, due_at, state, visit_type, region) "
                            + "SELECT ?, ?, ?, ?, ?, 'OPEN', visit_type, region FROM deadline_visit WHERE visit_id = ?",
                    event.visitId(), event.deadlineId(), event.code().name(), event.owner().name(),
                    Timestamp.from(event.dueAt()), event.visitId());
        }
    }

    @EventHandler
    void on(DeadlineMet event) {
        jdbc.update("UPDATE deadline_row SET state = 'MET', met_at = ?, late = ? WHERE visit_id = ? AND deadline_id = ?",
                Timestamp.from(event.occurredAt()), event.late(), event.visitId(), event.deadlineId());
    }

    @EventHandler
    void on(DeadlineMissed event) {
        jdbc.update("UPDATE deadline_row SET state = 'MISSED' WHERE visit_id = ? AND deadline_id = ? AND state = 'OPEN'",
                event.visitId(), event.deadlineId());
    }

    @EventHandler
    void on(DeadlineCancelled event) {
        jdbc.update("UPDATE deadline_row SET state = 'CANCELLED' WHERE visit_id = ? AND deadline_id = ?",
                event.visitId(), event.deadlineId());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
