package org.visitledger.query.consistency;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.events.VisitEvent;
import org.visitledger.query.writing.BatchWriter;

/**
 * One per read model, registered in the read model's processing group by {@link VersionTrackingConfiguration}.
 * Records, in the read model's own transaction, the version of each visit the read model
 * has applied — including events the read model itself ignores, so that "caught up with version N" holds.
 * <p>
 * The versions of a batch are written once per visit when the batch commits, not once per event: a statement per
 * event and read model was the largest single cost of a replay after the projections' own. A visit's consecutive
 * events in a batch merge into one run, first..last, applied by one statement.
 * <p>
 * Events are delivered at least once: after a crash or a claim moving to another node, events already counted
 * arrive again, and must not be counted twice. A visit's events reach its read models in sequence order, so only
 * the part of a run above the stored version is new.
 */
public final class VisitVersionTracker {

    /** PostgreSQL (15 and later) and H2 both take the standard MERGE; one statement per visit and batch. */
    private static final String RUN = "MERGE INTO read_model_version v USING (SELECT CAST(? AS VARCHAR(100)) AS "
            + "processing_group, CAST(? AS VARCHAR(100)) AS visit_id, CAST(? AS BIGINT) AS first_sequence, "
            + "CAST(? AS BIGINT) AS last_sequence) r "
            + "ON v.processing_group = r.processing_group AND v.visit_id = r.visit_id "
            + "WHEN MATCHED AND v.version < r.last_sequence THEN UPDATE SET "
            + "events_seen = v.events_seen + (r.last_sequence - GREATEST(v.version, r.first_sequence - 1)), "
            + "version = r.last_sequence "
            + "WHEN NOT MATCHED THEN INSERT (processing_group, visit_id, version, events_seen) "
            + "VALUES (r.processing_group, r.visit_id, r.last_sequence, r.last_sequence - r.first_sequence + 1)";

    private final JdbcTemplate jdbc;
    private final String processingGroup;
    private final BatchWriter versions;

    public VisitVersionTracker(JdbcTemplate jdbc, String processingGroup) {
        this.jdbc = jdbc;
        this.processingGroup = processingGroup;
        this.versions = new BatchWriter(jdbc, VisitVersionTracker.class.getName() + "/" + processingGroup);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM read_model_version WHERE processing_group = ?", processingGroup);
    }

    /**
     * Takes the visit's id from the event's aggregate (a visit's events are its own, their visitId its id) so that the
     * payload is not deserialised for this: the read models that ignore an event never pay for reading it.
     */
    @EventHandler(payloadType = VisitEvent.class)
    void on(@SourceId String visitId, @SequenceNumber long sequence) {
        versions.updateMerging(visitId, RUN, VisitVersionTracker::extendRun, processingGroup, visitId, sequence,
                sequence);
    }

    /** The run first..last followed by the next event makes first..next; anything else (not expected) stays apart. */
    private static Object[] extendRun(Object[] run, Object[] next) {
        long last = (Long) run[3];
        long sequence = (Long) next[2];
        if (sequence != last + 1) {
            return null;
        }
        run[3] = sequence;
        return run;
    }
}
