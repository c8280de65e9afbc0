package org.visitledger.query.summary;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.visitledger.events.*;
import org.visitledger.lifecycle.LifecycleStatus;
import org.visitledger.query.readmodel.ReadModel;
import org.visitledger.query.readmodel.ReadModelProjection;
import org.visitledger.query.writing.BatchWriter;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * The visit summaries of {@code GET /api/visits/{id}}. Every event of a visit advances the row's version, so
 * a reader can tell how far the summary has caught up; re-delivered events never move a row backwards. The writes go
 * to the database when the processor's batch commits ({@link BatchWriter}).
 */
@Component
@ProcessingGroup(VisitSummaryProjection.NAME)
public class VisitSummaryProjection implements ReadModelProjection {

    public static final String NAME = "visit-summary";
    public static final ReadModel READ_MODEL = new ReadModel(NAME, List.of("visit_summary"));

    /** Status (or null to keep it), version, visit, version. */
    private static final String ADVANCE = "UPDATE visit_summary SET status = COALESCE(?, status), version = ? "
            + "WHERE visit_id = ? AND version < ?";

    private final JdbcTemplate jdbc;
    private final BatchWriter rows;

    public VisitSummaryProjection(JdbcTemplate jdbc) {
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
        jdbc.update("DELETE FROM visit_summary");
    }

    @EventHandler
    void on(VisitAnnounced event, @SequenceNumber long sequence) {
        Provider provider = event.provider();
        rows.update(event.visitId(), "INSERT INTO visit_summary (visit_id, visit_type, rulebook_version, status, "
                        + "provider_urn, provider_name, provider_local_authority, provider_region, lead_inspector, "
                        + "announced_at, version) SELECT ?, ?, ?, 'ANNOUNCED', ?, ?, ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM visit_summary WHERE visit_id = ?)",
                event.visitId(), event.visitType().name(), event.rulebookVersion(), provider.urn(), provider.name(),
                provider.localAuthority(), provider.region(), event.leadInspector(),
                Timestamp.from(event.occurredAt()), sequence, event.visitId());
    }

    @EventHandler
    void on(VerbalFeedbackGiven event, @SequenceNumber long sequence) {
        rows.update(event.visitId(), "UPDATE visit_summary SET serious_concerns = ?, version = ? "
                        + "WHERE visit_id = ? AND version < ?",
                event.seriousOrWidespreadConcerns(), sequence, event.visitId(), sequence);
    }

    /** Rule CONCERN-FINDING-REVISED: the summary follows the latest finding. */
    @EventHandler
    void on(SeriousConcernsFindingRevised event, @SequenceNumber long sequence) {
        rows.update(event.visitId(), "UPDATE visit_summary SET serious_concerns = ?, version = ? "
                        + "WHERE visit_id = ? AND version < ?",
                event.seriousOrWidespreadConcerns(), sequence, event.visitId(), sequence);
    }

    /** A serious or widespread concern raised after the feedback also marks the visit. */
    @EventHandler
    void on(ConcernRaised event, @SequenceNumber long sequence) {
        boolean serious = event.category() == ConcernCategory.SERIOUS || event.category() == ConcernCategory.WIDESPREAD;
        rows.update(event.visitId(), "UPDATE visit_summary "
                + "SET serious_concerns = CASE WHEN ? THEN TRUE ELSE serious_concerns END, version = ? "
                + "WHERE visit_id = ? AND version < ?", serious, sequence, event.visitId(), sequence);
    }

    @EventHandler
    void on(VisitEnded event, @SequenceNumber long sequence) {
        rows.update(event.visitId(), "UPDATE visit_summary SET status = 'VISIT_ENDED', visit_ended_on = ?, version = ? "
                        + "WHERE visit_id = ? AND version < ?",
                Date.valueOf(event.lastDayOfVisit()), sequence, event.visitId(), sequence);
    }

    @EventHandler
    void on(VisitPaused event, @SequenceNumber long sequence) {
        rows.update(event.visitId(), "UPDATE visit_summary SET paused_in = status, status = 'PAUSED', version = ? "
                + "WHERE visit_id = ? AND version < ?", sequence, event.visitId(), sequence);
    }

    @EventHandler
    void on(VisitResumed event, @SequenceNumber long sequence) {
        rows.update(event.visitId(), "UPDATE visit_summary SET status = paused_in, paused_in = NULL, version = ? "
                + "WHERE visit_id = ? AND version < ?", sequence, event.visitId(), sequence);
    }

    /**
     * Every other event advances the version and may set the status. A visit's run of such events in one batch is
     * one statement: the last status given, the last version. The status follows from the event's type and the
     * visit is the event's aggregate, so the payload is not deserialised for this.
     */
    @EventHandler(payloadType = VisitEvent.class)
    void on(@SourceId String visitId, @SequenceNumber long sequence, EventMessage<?> event) {
        // Typed, so that a null status does not make the driver ask the database for the parameter's type.
        SqlParameterValue status = new SqlParameterValue(Types.VARCHAR,
                LifecycleStatus.afterEventOfType(event.getPayloadType()).orElse(null));
        rows.updateMerging(visitId, ADVANCE, VisitSummaryProjection::laterAdvance, status, sequence, visitId, sequence);
    }

    /**
     * Two advances of a visit queued one after the other: the later status if it gives one, else the earlier's, and
     * the later version. The row ends as if both had run in turn, also when it had seen the earlier already (a
     * re-delivered batch): its status is then the one the earlier advances left.
     */
    private static Object[] laterAdvance(Object[] earlier, Object[] later) {
        Object[] merged = later.clone();
        if (((SqlParameterValue) merged[0]).getValue() == null) {
            merged[0] = earlier[0];
        }
        return merged;
    }
}
