package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;

import static org.visitledger.command.visit.LaInspectionStory.*;
import static org.visitledger.command.visit.LaLimitingJudgementRulesTest.limit;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.Grade.*;
import static org.visitledger.events.InspectionElement.LOOKED_AFTER_CHILDREN;
import static org.visitledger.events.InspectionElement.SAFEGUARDING;
import static org.visitledger.events.JudgementArea.*;

/**
 * Recording the graded judgements of an LA inspection: overrides of a limiting judgement with a rationale (rule
 * LA-LIMIT-OVERRIDE), grades reassessed when a grade a limit reads changes (rule LA-LIMIT-REASSESSED), the areas of
 * each schedule (rule LA-JUDGEMENT-SCHEDULE), when grades may be made, and the final report that needs them all
 * (rule LA-JUDGEMENTS-COMPLETE). Days of the Christmas 2024 vector.
 */
class LaJudgementRulesTest {

    private static final String RATIONALE = "Children feel safe in all but one small team, where action is under way";

    private final FixtureConfiguration<Visit> fixture = fixture();

    /** Fieldwork under way with both safeguarding outcomes graded. */
    private static LaInspectionStory outcomesGraded(Grade safe, Grade feelSafe) {
        return upTo(CHRISTMAS_2024, Stage.FIELDWORK).send(grade(SAFEGUARDING, CHILDREN_ARE_SAFE, safe))
                .send(grade(SAFEGUARDING, CHILDREN_FEEL_SAFE, feelSafe));
    }

    private static RecordJudgement override(JudgementArea area, Grade grade, String rationale) {
        return new RecordJudgement(VISIT, null, SAFEGUARDING, area, grade, true, rationale, null);
    }

    @Test
    void la_limit_override_keeps_the_inspectors_grade_and_records_the_rationale() {
        LaInspectionStory story = outcomesGraded(GOOD, ADEQUATE);
        Instant at = story.lastAt().plusSeconds(600);
        fixture.given(story.events())
                .andGivenCurrentTime(at)
                .when(override(OVERALL_EFFECTIVENESS, GOOD, RATIONALE))
                .expectEvents(new JudgementRecorded(VISIT, SAFEGUARDING, OVERALL_EFFECTIVENESS, GOOD, GOOD,
                        List.of(limit("LA-LIMIT-SG-OVERALL-GOOD", true)), RATIONALE, null, at));
    }

    @Test
    void la_limit_override_without_a_rationale_is_refused() {
        LaInspectionStory story = outcomesGraded(GOOD, ADEQUATE);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(override(OVERALL_EFFECTIVENESS, GOOD, " "))
                .expectException(invalid("overrideRationale"))
                .expectNoEvents();
    }

    @Test
    void la_limit_override_with_no_limit_to_override_is_refused() {
        LaInspectionStory story = outcomesGraded(GOOD, GOOD);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(override(OVERALL_EFFECTIVENESS, GOOD, RATIONALE))
                .expectException(refusedBecause(Refusal.NO_LIMIT_TO_OVERRIDE))
                .expectNoEvents();
    }

    @Test
    void la_limit_override_a_rationale_without_an_override_is_invalid() {
        LaInspectionStory story = outcomesGraded(GOOD, ADEQUATE);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(new RecordJudgement(VISIT, null, SAFEGUARDING, OVERALL_EFFECTIVENESS, GOOD, false, RATIONALE,
                        null))
                .expectException(invalid("overrideRationale"))
                .expectNoEvents();
    }

    @Test
    void la_limit_reassessed_a_lower_outcome_limits_the_overall_grade_already_made() {
        LaInspectionStory story = outcomesGraded(GOOD, GOOD).send(grade(SAFEGUARDING, OVERALL_EFFECTIVENESS, GOOD));
        Instant at = story.lastAt().plusSeconds(600);
        fixture.given(story.events())
                .andGivenCurrentTime(at)
                .when(grade(SAFEGUARDING, CHILDREN_ARE_SAFE, INADEQUATE))
                .expectEvents(new JudgementRecorded(VISIT, SAFEGUARDING, CHILDREN_ARE_SAFE, INADEQUATE, INADEQUATE,
                                List.of(), null, null, at),
                        new JudgementRecorded(VISIT, SAFEGUARDING, OVERALL_EFFECTIVENESS, GOOD, INADEQUATE,
                                List.of(limit("LA-LIMIT-SG-OVERALL-INADEQUATE", false),
                                        limit("LA-LIMIT-SG-OVERALL-GOOD", false)), null, CHILDREN_ARE_SAFE, at));
    }

    @Test
    void la_limit_reassessed_a_raised_outcome_lifts_the_limit() {
        LaInspectionStory story = outcomesGraded(GOOD, ADEQUATE).send(grade(SAFEGUARDING, OVERALL_EFFECTIVENESS, GOOD));
        Instant at = story.lastAt().plusSeconds(600);
        fixture.given(story.events())
                .andGivenCurrentTime(at)
                .when(grade(SAFEGUARDING, CHILDREN_FEEL_SAFE, GOOD))
                .expectEvents(new JudgementRecorded(VISIT, SAFEGUARDING, CHILDREN_FEEL_SAFE, GOOD, GOOD, List.of(),
                                null, null, at),
                        new JudgementRecorded(VISIT, SAFEGUARDING, OVERALL_EFFECTIVENESS, GOOD, GOOD, List.of(), null,
                                CHILDREN_FEEL_SAFE, at));
    }

    @Test
    void la_limit_reassessed_keeps_an_override_and_applies_a_rule_that_newly_bites() {
        LaInspectionStory story = outcomesGraded(GOOD, ADEQUATE).send(override(OVERALL_EFFECTIVENESS, GOOD, RATIONALE));
        Instant at = story.lastAt().plusSeconds(600);
        fixture.given(story.events())
                .andGivenCurrentTime(at)
                .when(grade(SAFEGUARDING, CHILDREN_FEEL_SAFE, INADEQUATE))
                .expectEvents(new JudgementRecorded(VISIT, SAFEGUARDING, CHILDREN_FEEL_SAFE, INADEQUATE, INADEQUATE,
                                List.of(), null, null, at),
                        new JudgementRecorded(VISIT, SAFEGUARDING, OVERALL_EFFECTIVENESS, GOOD, INADEQUATE,
                                List.of(limit("LA-LIMIT-SG-OVERALL-INADEQUATE", false),
                                        limit("LA-LIMIT-SG-OVERALL-GOOD", true)), RATIONALE, CHILDREN_FEEL_SAFE, at));
    }

    @Test
    void la_limit_reassessed_cascades_from_educational_progress_to_overall_effectiveness() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK);
        for (JudgementArea area : List.of(EDUCATIONAL_PROGRESS, BEING_HEALTHY, STAYING_SAFE, ENJOYING_AND_ACHIEVING,
                MAKING_A_POSITIVE_CONTRIBUTION, ACHIEVING_ECONOMIC_WELL_BEING, OVERALL_EFFECTIVENESS)) {
            story.send(grade(LOOKED_AFTER_CHILDREN, area, GOOD));
        }
        Instant at = story.lastAt().plusSeconds(600);
        fixture.given(story.events())
                .andGivenCurrentTime(at)
                .when(grade(LOOKED_AFTER_CHILDREN, EDUCATIONAL_PROGRESS, ADEQUATE))
                .expectEvents(new JudgementRecorded(VISIT, LOOKED_AFTER_CHILDREN, EDUCATIONAL_PROGRESS, ADEQUATE,
                                ADEQUATE, List.of(), null, null, at),
                        new JudgementRecorded(VISIT, LOOKED_AFTER_CHILDREN, ENJOYING_AND_ACHIEVING, GOOD, ADEQUATE,
                                List.of(limit("LA-LIMIT-LAC-ENJOYING-ACHIEVING", false)), null, EDUCATIONAL_PROGRESS,
                                at),
                        new JudgementRecorded(VISIT, LOOKED_AFTER_CHILDREN, OVERALL_EFFECTIVENESS, GOOD, ADEQUATE,
                                List.of(limit("LA-LIMIT-LAC-OVERALL-GOOD", false)), null, ENJOYING_AND_ACHIEVING,
                                at));
    }

    @Test
    void la_limiting_judgements_grades_they_read_are_made_first() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK)
                .send(grade(SAFEGUARDING, CHILDREN_ARE_SAFE, GOOD));
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(grade(SAFEGUARDING, OVERALL_EFFECTIVENESS, GOOD))
                .expectException(refusedBecause(Refusal.LIMITING_GRADES_MISSING))
                .expectNoEvents();
    }

    @Test
    void la_judgement_schedule_an_area_of_the_other_schedule_is_invalid() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(grade(LOOKED_AFTER_CHILDREN, CHILDREN_ARE_SAFE, GOOD))
                .expectException(invalid("area"))
                .expectNoEvents();
    }

    @Test
    void la_judgement_schedule_promoting_safeguarding_is_graded_for_looked_after_children_only() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(grade(SAFEGUARDING, PROMOTING_SAFEGUARDING, GOOD))
                .expectException(invalid("area"))
                .expectNoEvents();
    }

    @Test
    void la_judgements_before_fieldwork_are_refused() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.INITIAL_SELECTION);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(grade(SAFEGUARDING, CHILDREN_ARE_SAFE, GOOD))
                .expectException(refusedBecause(Refusal.FIELDWORK_NOT_STARTED))
                .expectNoEvents();
    }

    @Test
    void la_judgements_are_not_dated_before_fieldwork_started() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FIELDWORK);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(new RecordJudgement(VISIT, null, SAFEGUARDING, CHILDREN_ARE_SAFE, GOOD, false, null,
                        story.lastAt().minusSeconds(86_400)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void la_judgements_after_the_final_report_are_refused() {
        LaInspectionStory story = upTo(CHRISTMAS_2024, Stage.FINAL_REPORT);
        fixture.given(story.events())
                .andGivenCurrentTime(story.lastAt().plusSeconds(600))
                .when(grade(SAFEGUARDING, CHILDREN_ARE_SAFE, ADEQUATE))
                .expectException(refusedBecause(Refusal.FINAL_REPORT_ALREADY_SENT))
                .expectNoEvents();
    }

    @Test
    void la_judgements_belong_to_la_inspections_only() {
        fixture.given(VisitHistory.announced(VisitType.SCH_ASSURANCE, SCH_DECEMBER_2024.announced()).events())
                .andGivenCurrentTime(SCH_DECEMBER_2024.announced().plusSeconds(60))
                .when(grade(SAFEGUARDING, CHILDREN_ARE_SAFE, GOOD))
                .expectException(refusedBecause(Refusal.NOT_A_LOCAL_AUTHORITY_INSPECTION))
                .expectNoEvents();
    }

    @Test
    void la_judgements_complete_the_final_report_needs_every_area_graded() {
        Vector v = CHRISTMAS_2024;
        LaInspectionStory story = upTo(v, Stage.FIELDWORK_SELECTION)
                .at(LaInspectionStory.at(v.feedback())).send(new GiveVerbalFeedback(VISIT, null, false,
                        FEEDBACK_SUMMARY, null))
                .at(LaInspectionStory.at(v.draft()).minusSeconds(3600)).send(new SubmitReportForQa(VISIT, null, null))
                .at(LaInspectionStory.at(v.draft())).send(new SendDraftReport(VISIT, null, null))
                .at(LaInspectionStory.at(v.comments())).send(new RecordProviderComments(VISIT, null, COMMENTS, null))
                .send(grade(SAFEGUARDING, CHILDREN_ARE_SAFE, GOOD));
        fixture.given(story.events())
                .andGivenCurrentTime(LaInspectionStory.at(v.finalReport()))
                .when(new SendFinalReport(VISIT, null, List.of(), RECOMMENDATIONS, false, false, null))
                .expectException(refusedBecause(Refusal.JUDGEMENTS_INCOMPLETE))
                .expectNoEvents();
    }
}
