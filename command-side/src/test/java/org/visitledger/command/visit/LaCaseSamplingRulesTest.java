package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;

import static org.visitledger.command.visit.LaInspectionStory.*;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * The case sample of an LA inspection (seed 003 paras 47 and 48): the council's list first (rule LA-CASE-LIST), cases
 * by anonymised reference, each once (rule LA-CASE-REFERENCE), at least 4 + 4 before fieldwork and 6 + 6 during it
 * when fieldwork ends (rule LA-CASE-SAMPLE-MINIMUM) unless the shortfall was justified (rule LA-SAMPLE-SHORTFALL).
 * Days of the Christmas 2024 vector.
 */
class LaCaseSamplingRulesTest {

    private final FixtureConfiguration<Visit> fixture = fixture();
    private final Vector v = CHRISTMAS_2024;

    @Test
    void la_case_list_selecting_cases_before_the_councils_list_is_refused() {
        LaInspectionStory announced = upTo(v, Stage.ANNOUNCED);
        fixture.given(announced.events())
                .andGivenCurrentTime(announced.lastAt().plusSeconds(60))
                .when(select(cases("SG-1", CaseKind.SAFEGUARDING, 4)))
                .expectException(refusedBecause(Refusal.CASE_LIST_NOT_PROVIDED))
                .expectNoEvents();
    }

    @Test
    void la_case_list_is_recorded_once() {
        LaInspectionStory listed = upTo(v, Stage.CASE_LIST);
        fixture.given(listed.events())
                .andGivenCurrentTime(listed.lastAt().plusSeconds(60))
                .when(new RecordCaseList(VISIT, null, 400, 260, null))
                .expectException(refusedBecause(Refusal.CASE_LIST_ALREADY_PROVIDED))
                .expectNoEvents();
    }

    @Test
    void la_case_sample_minimum_three_and_four_before_fieldwork_leaves_the_selection_deadline_open() {
        LaInspectionStory listed = upTo(v, Stage.CASE_LIST);
        Instant at = LaInspectionStory.at(v.selection());
        SelectCases short_ = select(cases("SG-1", CaseKind.SAFEGUARDING, 3), cases("LAC-1", CaseKind.LOOKED_AFTER, 4));
        fixture.given(listed.events())
                .andGivenCurrentTime(at)
                .when(short_)
                .expectEvents(new CasesSelected(VISIT, SamplingStage.BEFORE_FIELDWORK, short_.cases(), at));
    }

    @Test
    void la_case_sample_cases_selected_once_fieldwork_started_are_during_fieldwork() {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK);
        Instant at = started.lastAt().plusSeconds(60);
        List<SampledCase> cases = cases("SG-2", CaseKind.SAFEGUARDING, 6);
        fixture.given(started.events())
                .andGivenCurrentTime(at)
                .when(new SelectCases(VISIT, null, cases, null))
                .expectEvents(new CasesSelected(VISIT, SamplingStage.DURING_FIELDWORK, cases, at));
    }

    @Test
    void la_case_reference_selected_twice_is_refused() {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK);
        fixture.given(started.events())
                .andGivenCurrentTime(started.lastAt().plusSeconds(60))
                .when(select(List.of(new SampledCase("SG-1-2", CaseKind.SAFEGUARDING))))
                .expectException(refusedBecause(Refusal.DUPLICATE_CASE_REFERENCE))
                .expectNoEvents();
    }

    @Test
    void la_case_reference_in_lower_case_is_the_same_case() {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK);
        fixture.given(started.events())
                .andGivenCurrentTime(started.lastAt().plusSeconds(60))
                .when(select(List.of(new SampledCase("sg-1-2", CaseKind.SAFEGUARDING))))
                .expectException(refusedBecause(Refusal.DUPLICATE_CASE_REFERENCE))
                .expectNoEvents();
    }

    @Test
    void la_case_reference_is_recorded_in_upper_case() {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK);
        Instant at = started.lastAt().plusSeconds(60);
        fixture.given(started.events())
                .andGivenCurrentTime(at)
                .when(select(List.of(new SampledCase("lac-7/b", CaseKind.LOOKED_AFTER))))
                .expectEvents(new CasesSelected(VISIT, SamplingStage.DURING_FIELDWORK,
                        List.of(new SampledCase("LAC-7/B", CaseKind.LOOKED_AFTER)), at));
    }

    @Test
    void la_case_reference_selected_during_fieldwork_is_not_dated_before_the_arrival() {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK);
        fixture.given(started.events())
                .andGivenCurrentTime(started.lastAt().plusSeconds(60))
                .when(new SelectCases(VISIT, null, cases("SG-2", CaseKind.SAFEGUARDING, 6),
                        started.lastAt().minusSeconds(3600)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void la_sample_shortfall_justified_then_more_cases_still_short_needs_a_new_justification() {
        LaInspectionStory story = upTo(v, Stage.FIELDWORK)
                .send(new JustifySampleShortfall(VISIT, null, "Few cases open", null))
                .send(select(cases("SG-2", CaseKind.SAFEGUARDING, 6), cases("LAC-2", CaseKind.LOOKED_AFTER, 5)));
        fixture.given(story.events())
                .andGivenCurrentTime(LaInspectionStory.at(v.feedback()))
                .when(new GiveVerbalFeedback(VISIT, null, false, FEEDBACK_SUMMARY, null))
                .expectException(refusedBecause(Refusal.CASE_SAMPLE_BELOW_MINIMUM))
                .expectNoEvents();
    }

    @Test
    void la_case_reference_twice_in_one_selection_is_invalid() {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK);
        fixture.given(started.events())
                .andGivenCurrentTime(started.lastAt().plusSeconds(60))
                .when(select(List.of(new SampledCase("SG-9", CaseKind.SAFEGUARDING),
                        new SampledCase("SG-9", CaseKind.LOOKED_AFTER))))
                .expectException(invalid("cases"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Jane Doe", "", "-12", "SG 17", "a-reference-much-longer-than-forty-characters-in-all"})
    void la_case_reference_that_is_not_an_anonymised_reference_is_invalid(String reference) {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK);
        fixture.given(started.events())
                .andGivenCurrentTime(started.lastAt().plusSeconds(60))
                .when(select(List.of(new SampledCase(reference, CaseKind.SAFEGUARDING))))
                .expectException(invalid("cases"))
                .expectNoEvents();
    }

    @Test
    void la_case_sample_selecting_after_fieldwork_ended_is_refused() {
        LaInspectionStory ended = upTo(v, Stage.FEEDBACK);
        fixture.given(ended.events())
                .andGivenCurrentTime(ended.lastAt().plusSeconds(60))
                .when(select(cases("SG-3", CaseKind.SAFEGUARDING, 1)))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    @Test
    void la_case_sample_minimum_ending_fieldwork_without_the_sample_during_it_is_refused() {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK);
        fixture.given(started.events())
                .andGivenCurrentTime(LaInspectionStory.at(v.feedback()))
                .when(new GiveVerbalFeedback(VISIT, null, false, FEEDBACK_SUMMARY, null))
                .expectException(refusedBecause(Refusal.CASE_SAMPLE_BELOW_MINIMUM))
                .expectNoEvents();
    }

    @Test
    void la_case_sample_minimum_is_met_by_six_and_six_during_fieldwork() {
        LaInspectionStory sampled = upTo(v, Stage.FIELDWORK_SELECTION);
        Instant feedback = LaInspectionStory.at(v.feedback());
        fixture.given(sampled.events())
                .andGivenCurrentTime(feedback)
                .when(new GiveVerbalFeedback(VISIT, null, false, FEEDBACK_SUMMARY, null))
                .expectEventsMatching(anEvent(VisitEnded.class, "fieldwork ended", ended -> true));
    }

    @Test
    void la_sample_shortfall_justified_records_what_was_short() {
        LaInspectionStory started = upTo(v, Stage.FIELDWORK).send(select(cases("SG-2", CaseKind.SAFEGUARDING, 6),
                cases("LAC-2", CaseKind.LOOKED_AFTER, 5)));
        Instant at = started.lastAt().plusSeconds(600);
        String justification = "Only five looked-after cases were open to the fostering team";
        fixture.given(started.events())
                .andGivenCurrentTime(at)
                .when(new JustifySampleShortfall(VISIT, null, justification, null))
                .expectEvents(new SampleShortfallJustified(VISIT, List.of(new SampleShortfall(
                        SamplingStage.DURING_FIELDWORK, CaseKind.LOOKED_AFTER, 5, 6)), justification, at));
    }

    @Test
    void la_sample_shortfall_justified_lets_fieldwork_end() {
        LaInspectionStory justified = upTo(v, Stage.FIELDWORK).send(select(cases("SG-2", CaseKind.SAFEGUARDING, 6),
                cases("LAC-2", CaseKind.LOOKED_AFTER, 5))).send(new JustifySampleShortfall(VISIT, null,
                "Only five looked-after cases were open to the fostering team", null));
        fixture.given(justified.events())
                .andGivenCurrentTime(LaInspectionStory.at(v.feedback()))
                .when(new GiveVerbalFeedback(VISIT, null, false, FEEDBACK_SUMMARY, null))
                .expectEventsMatching(anEvent(VisitEnded.class, "fieldwork ended", ended -> true));
    }

    @Test
    void la_sample_shortfall_with_the_sample_complete_is_refused() {
        LaInspectionStory sampled = upTo(v, Stage.FIELDWORK_SELECTION);
        fixture.given(sampled.events())
                .andGivenCurrentTime(sampled.lastAt().plusSeconds(60))
                .when(new JustifySampleShortfall(VISIT, null, "No reason", null))
                .expectException(refusedBecause(Refusal.CASE_SAMPLE_COMPLETE))
                .expectNoEvents();
    }

    @Test
    void la_case_sample_belongs_to_la_inspections_only() {
        fixture.given(VisitHistory.announced(VisitType.SCH_ASSURANCE, SCH_DECEMBER_2024.announced()).events())
                .andGivenCurrentTime(SCH_DECEMBER_2024.announced().plusSeconds(60))
                .when(new RecordCaseList(VISIT, null, 1, 1, null))
                .expectException(refusedBecause(Refusal.NOT_A_LOCAL_AUTHORITY_INSPECTION))
                .expectNoEvents();
    }
}
