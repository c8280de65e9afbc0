package org.visitledger.query.consistency;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.events.VisitEvent;

/**
 * Records, in a read model's own processing group and transaction, the version of each visit the read model
 * has applied — including events the read model itself ignores, so that "caught up with version N" holds.
 */
public abstract class VisitVersionTracker {

    private final JdbcTemplate jdbc;
    private final String processingGroup;

    protected VisitVersionTracker(JdbcTemplate jdbc, String processingGroup) {
        this.jdbc = jdbc;
        this.processingGroup = processingGroup;
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM read_model_version WHERE processing_group = ?", processingGroup);
    }

    @EventHandler
    void on(VisitEvent event, @SequenceNumber long sequence) {
        // A visit's events arrive in sequence order; a re-delivered one (sequence <= version) is not counted again.
        int updated = jdbc.update("UPDATE read_model_version SET version = ?, events_seen = events_seen + 1 "
                        + "WHERE processing_group = ? AND visit_id = ? AND version < ?",
                sequence, processingGroup, event.visitId(), sequence);
        if (updated == 0 && jdbc.queryForObject("SELECT COUNT(*) FROM read_model_version "
                + "WHERE processing_group = ? AND visit_id = ?", Integer.class, processingGroup, event.visitId()) == 0) {
            jdbc.update("INSERT INTO read_model_version (processing_group, visit_id, version, events_seen) "
                            + "VALUES (?, ?, ?, 1)",
                    processingGroup, event.visitId(), sequence);
        }
    }
}
