package org.visitledger.query.history;

import org.junit.jupiter.api.Test;
import org.visitledger.events.*;
import org.visitledger.query.history.ConfidentialFields.VisitFacts;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.query.history.ConfidentialFields.REDACTED;

/**
 * Who reads which field of the record (rules ACCESS-CONFIDENTIAL, ACCESS-CONCERNS-WHILE-LIVE, ACCESS-PROVISIONAL-FLAG, ACCESS-PROVISIONAL-GRADES,
 * ACCESS-INTERIM-LATER-INSPECTORS), on the facts of the visit the event belongs to.
 */
class ConfidentialFieldsRulesTest {

    private static final Instant AT = Instant.parse("2025-04-16T10:00:00Z");
    private static final ConcernRaised CONCERN = new ConcernRaised("v", "CON-1", ConcernCategory.SERIOUS,
            "Restraint not recorded", "A night worker reports it", AT);
    private static final VerbalFeedbackGiven FEEDBACK = new VerbalFeedbackGiven("v", true, "Serious concerns", AT);
    private static final DutyDeskConsulted CALL = new DutyDeskConsulted("v", "Discussed the referrals", AT);
    private static final FactualAccuracyChecked CHECK = new FactualAccuracyChecked("v", "Pupil numbers", AT);

    private static final VisitFacts LIVE = new VisitFacts(false, false, false);
    private static final VisitFacts ENDED = new VisitFacts(true, false, false);
    private static final VisitFacts FINAL_SENT = new VisitFacts(true, true, false);
    private static final VisitFacts INTERIM_LETTER_PUBLISHED = new VisitFacts(true, false, true);

    @Test
    void access_confidential_analysts_and_providers_never_read_a_concerns_details_nor_a_duty_desk_call() {
        for (Reader reader : new Reader[]{Reader.ANALYST, Reader.PROVIDER}) {
            assertThat(((ConcernRaised) ConfidentialFields.redact(CONCERN, reader, FINAL_SENT)).details())
                    .isEqualTo(REDACTED);
            assertThat(((DutyDeskConsulted) ConfidentialFields.redact(CALL, reader, FINAL_SENT)).summary())
                    .isEqualTo(REDACTED);
        }
    }

    @Test
    void access_provisional_grades_analysts_and_councils_read_an_la_inspections_grades_only_with_the_final_report() {
        JudgementRecorded grade = new JudgementRecorded("v", InspectionElement.SAFEGUARDING,
                JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD, Grade.GOOD, java.util.List.of(new GradeLimit(
                "seed 003 para 31", Grade.ADEQUATE, true)), "Action already under way", JudgementArea.CHILDREN_ARE_SAFE,
                AT);
        for (Reader reader : new Reader[]{Reader.ANALYST, Reader.PROVIDER}) {
            Object provisional = ConfidentialFields.redact(grade, reader, ENDED);
            assertThat(provisional).isInstanceOf(Map.class);
            Map<?, ?> fields = (Map<?, ?>) provisional;
            assertThat(fields.get("area")).isEqualTo(JudgementArea.OVERALL_EFFECTIVENESS);
            for (String field : new String[]{"proposedGrade", "grade", "limits", "overrideRationale",
                    "reassessedAfter"}) {
                assertThat(fields.get(field)).as(field).isEqualTo(REDACTED);
            }
            assertThat(ConfidentialFields.redact(grade, reader, FINAL_SENT)).isEqualTo(grade);
        }
        assertThat(ConfidentialFields.redact(grade, Reader.INSPECTOR, ENDED)).isEqualTo(grade);
        assertThat(ConfidentialFields.redact(grade, Reader.INSPECTORATE, LIVE)).isEqualTo(grade);
    }

    @Test
    void access_confidential_analysts_and_councils_never_read_why_an_la_inspection_gave_no_notice_in_detail() {
        InspectionNoticeGiven notice = new InspectionNoticeGiven("v", java.time.LocalDate.of(2025, 4, 16), 0,
                NoNoticeReason.SERIOUS_SAFEGUARDING_CONCERNS, "A social worker reported referrals left unread",
                "seed 003 para 11", AT);
        for (Reader reader : new Reader[]{Reader.ANALYST, Reader.PROVIDER}) {
            InspectionNoticeGiven seen = (InspectionNoticeGiven) ConfidentialFields.redact(notice, reader, FINAL_SENT);
            assertThat(seen.noNoticeDetails()).isEqualTo(REDACTED);
            assertThat(seen.noNoticeReason()).isEqualTo(NoNoticeReason.SERIOUS_SAFEGUARDING_CONCERNS);
        }
        assertThat(ConfidentialFields.redact(notice, Reader.INSPECTORATE, FINAL_SENT)).isEqualTo(notice);
    }

    @Test
    void access_concerns_while_live_a_provider_reads_a_concerns_summary_only_once_the_visit_has_ended() {
        assertThat(((ConcernRaised) ConfidentialFields.redact(CONCERN, Reader.PROVIDER, LIVE)).summary())
                .isEqualTo(REDACTED);
        assertThat(((ConcernRaised) ConfidentialFields.redact(CONCERN, Reader.PROVIDER, ENDED)).summary())
                .isEqualTo(CONCERN.summary());
        assertThat(((ConcernRaised) ConfidentialFields.redact(CONCERN, Reader.ANALYST, LIVE)).summary())
                .as("analysts read summaries").isEqualTo(CONCERN.summary());
    }

    @Test
    void access_provisional_flag_an_analyst_reads_the_serious_concerns_finding_only_with_the_final_report() {
        Object beforeTheReport = ConfidentialFields.redact(FEEDBACK, Reader.ANALYST, ENDED);
        assertThat(beforeTheReport).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) beforeTheReport).get("seriousOrWidespreadConcerns")).isEqualTo(REDACTED);
        assertThat(((Map<?, ?>) beforeTheReport).get("summary")).isEqualTo(REDACTED);

        VerbalFeedbackGiven withTheReport = (VerbalFeedbackGiven) ConfidentialFields.redact(FEEDBACK, Reader.ANALYST,
                FINAL_SENT);
        assertThat(withTheReport.seriousOrWidespreadConcerns()).isTrue();
        assertThat(withTheReport.summary()).as("the findings' text stays redacted for analysts").isEqualTo(REDACTED);

        assertThat(((VerbalFeedbackGiven) ConfidentialFields.redact(FEEDBACK, Reader.PROVIDER, ENDED))
                .seriousOrWidespreadConcerns()).as("the provider was told at feedback").isTrue();
    }

    @Test
    void access_interim_later_inspectors_an_interim_visits_gatherings_are_closed_to_inspectors_once_its_letter_is_out() {
        assertThat(ConfidentialFields.redact(CONCERN, Reader.INSPECTOR, ENDED)).as("before the letter")
                .isEqualTo(CONCERN);
        ConcernRaised concern = (ConcernRaised) ConfidentialFields.redact(CONCERN, Reader.INSPECTOR,
                INTERIM_LETTER_PUBLISHED);
        assertThat(concern.summary()).isEqualTo(REDACTED);
        assertThat(concern.details()).isEqualTo(REDACTED);
        assertThat(((DutyDeskConsulted) ConfidentialFields.redact(CALL, Reader.INSPECTOR, INTERIM_LETTER_PUBLISHED))
                .summary()).isEqualTo(REDACTED);
        assertThat(((VerbalFeedbackGiven) ConfidentialFields.redact(FEEDBACK, Reader.INSPECTOR,
                INTERIM_LETTER_PUBLISHED)).summary()).isEqualTo(REDACTED);
        assertThat(((FactualAccuracyChecked) ConfidentialFields.redact(CHECK, Reader.INSPECTOR,
                INTERIM_LETTER_PUBLISHED)).comments()).isEqualTo(REDACTED);
        ReportPublished letter = new ReportPublished("v", "https://reports.example/letter", AT);
        assertThat(ConfidentialFields.redact(letter, Reader.INSPECTOR, INTERIM_LETTER_PUBLISHED)).isEqualTo(letter);
        assertThat(ConfidentialFields.redact(CONCERN, Reader.INSPECTORATE, INTERIM_LETTER_PUBLISHED))
                .as("managers and auditors").isEqualTo(CONCERN);
    }
}
