package org.visitledger.query.grades;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.events.FinalReportSent;
import org.visitledger.events.GradeLimit;
import org.visitledger.events.JudgementRecorded;
import org.visitledger.events.ReportPublished;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.events.VisitType;
import org.visitledger.query.readmodel.ReadModel;
import org.visitledger.query.readmodel.ReadModelProjection;
import org.visitledger.query.writing.BatchWriter;

import java.sql.Timestamp;
import java.util.List;

/**
 * The grade profile of LA inspections: each inspection's council and the grade that stands for every area, whether
 * a limiting judgement lowered it or was overridden (rules LA-LIMITING-JUDGEMENTS, LA-LIMIT-OVERRIDE). The writes
 * go to the database when the processor's batch commits ({@link BatchWriter}).
 */
@Component
@ProcessingGroup(GradeProfileProjection.NAME)
public class GradeProfileProjection implements ReadModelProjection {

    public static final String NAME = "grade-profile";
    public static final ReadModel READ_MODEL = new ReadModel(NAME,
            List.of("grade_profile_inspection", "grade_profile"));

    private final JdbcTemplate jdbc;
    private final BatchWriter rows;

    public GradeProfileProjection(JdbcTemplate jdbc) {
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
        jdbc.update("DELETE FROM grade_profile");
        jdbc.update("DELETE FROM grade_profile_inspection");
    }

    @EventHandler
    void on(VisitAnnounced event) {
        if (event.visitType() != VisitType.LA_SAFEGUARDING_LAC) {
            return;
        }
        rows.update(event.visitId(), "INSERT INTO grade_profile_inspection (visit_id, provider_urn, provider_name, "
                        + "local_authority, region, announced_at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM grade_profile_inspection WHERE visit_id = ?)",
                event.visitId(), event.provider().urn(), event.provider().name(), event.provider().localAuthority(),
                event.provider().region(), Timestamp.from(event.occurredAt()), event.visitId());
    }

    /** The latest grade of an area replaces the one before; a re-delivered older one changes nothing. */
    @EventHandler
    void on(JudgementRecorded event, @SequenceNumber long sequence) {
        boolean limited = event.limits().stream().anyMatch(limit -> !limit.overridden());
        boolean overridden = event.limits().stream().anyMatch(GradeLimit::overridden);
        rows.update(event.visitId(), "DELETE FROM grade_profile WHERE visit_id = ? AND element = ? AND area = ? "
                + "AND version < ?", event.visitId(), event.element().name(), event.area().name(), sequence);
        rows.update(event.visitId(), "INSERT INTO grade_profile (visit_id, element, area, proposed_grade, grade, "
                        + "limited, overridden, override_rationale, version) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM grade_profile WHERE visit_id = ? AND element = ? "
                        + "AND area = ?)",
                event.visitId(), event.element().name(), event.area().name(), event.proposedGrade().name(),
                event.grade().name(), limited, overridden, overridden ? event.overrideRationale() : null, sequence,
                event.visitId(), event.element().name(), event.area().name());
    }

    @EventHandler
    void on(FinalReportSent event) {
        rows.update(event.visitId(), "UPDATE grade_profile_inspection SET final_report_sent_at = ? WHERE visit_id = ?",
                Timestamp.from(event.occurredAt()), event.visitId());
    }

    @EventHandler
    void on(ReportPublished event) {
        rows.update(event.visitId(), "UPDATE grade_profile_inspection SET published_at = ? WHERE visit_id = ?",
                Timestamp.from(event.occurredAt()), event.visitId());
    }
}
