package org.visitledger.query.consistency;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.events.VisitEvent;
import org.visitledger.query.writing.AtBatchCommit;

/**
 * One per read model, registered in the read model's processing group by {@link VersionTrackingConfiguration}.
 * Records, in the read model's own transaction, the version of each visit the read model
 * has applied — including events the read model itself ignores, so that "caught up with version N" holds.
 * <p>
 * The versions of a batch are written once per visit when the batch commits ({@link BatchVersions}), not once per
 * event: a statement per event and read model was the largest single cost of a replay after the projections' own.
 */
public final class VisitVersionTracker {

    private final JdbcTemplate jdbc;
    private final String processingGroup;
    private final String resourceKey;

    public VisitVersionTracker(JdbcTemplate jdbc, String processingGroup) {
        this.jdbc = jdbc;
        this.processingGroup = processingGroup;
        this.resourceKey = VisitVersionTracker.class.getName() + "/" + processingGroup;
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
        AtBatchCommit.resource(resourceKey, () -> new BatchVersions(jdbc, processingGroup), BatchVersions::write)
                .add(visitId, sequence);
    }
}
