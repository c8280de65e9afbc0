package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.CaseReviewDecision.*;
import static org.visitledger.events.DeadlineCode.CASE_REVIEW;

/**
 * After serious or widespread concerns: the post-visit debrief, then the manager's case review within 5 working days
 * (rules CASE-REVIEW-DEBRIEF, CASE-REVIEW-DECISIONS, CASE-REVIEW-DUE; seed 001, "Serious and widespread concerns: next
 * steps"). For SCH the DfE is told the proposed actions (rule NOTIFY-DFE-CASE-REVIEW); a monitoring visit decided here
 * (rule MONITORING-VISIT-DUE) is due within 8 weeks of the last day of the visit, its window opening at 6. SCH story:
 * ended Wednesday 2024-12-18 with serious concerns, case review due 2024-12-27T23:59:59Z.
 */
class CaseReviewRulesTest {

    private static final Instant DEBRIEF = Instant.parse("2024-12-19T10:00:00Z");
    private static final Instant CASE_REVIEW_DUE = Instant.parse("2024-12-27T23:59:59Z");
    private static final String DFE = "Department for Education";
    private static final String PROPOSED_ACTIONS = "Actions proposed by the case review";

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static VisitHistory schDebriefed() {
        return endedWithSeriousConcerns(SCH_DECEMBER_2024).debriefHeld(DEBRIEF);
    }

    // ---------------------------------------------------------------- debrief

    static Stream<Arguments> visitsWithoutACaseReview() {
        return Stream.of(
                Arguments.of("ended without serious concerns", schVisitAt(VisitStatus.VISIT_ENDED)),
                Arguments.of("on site with a serious concern raised", schVisitAt(VisitStatus.ON_SITE)
                        .concernRaised(ConcernCategory.SERIOUS, Instant.parse("2024-12-17T11:00:00Z"))),
                Arguments.of("ended with serious concerns under rulebook version 1", VisitHistory
                        .announcedUnder(VisitType.SCH_ASSURANCE, "1", SCH_DECEMBER_2024.announced())
                        .arrived(SCH_DECEMBER_2024.arrived()).endedWithSeriousConcerns(SCH_DECEMBER_2024.feedback())));
    }

    @ParameterizedTest(name = "a debrief on a visit {0} is refused")
    @MethodSource("visitsWithoutACaseReview")
    void a_debrief_is_held_only_when_a_case_review_is_required(String visit, VisitHistory history) {
        fixture.given(history.events())
                .andGivenCurrentTime(DEBRIEF)
                .when(debrief(null))
                .expectException(refusedBecause(Refusal.NO_CASE_REVIEW_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void the_post_visit_debrief_after_serious_concerns_is_recorded_with_its_recommendation() {
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024).events())
                .andGivenCurrentTime(DEBRIEF)
                .when(debrief(null))
                .expectEvents(new PostVisitDebriefHeld(VISIT, DEBRIEF_RECOMMENDATION, DEBRIEF));
    }

    @Test
    void a_second_debrief_is_refused() {
        fixture.given(schDebriefed().events())
                .andGivenCurrentTime(DEBRIEF.plusSeconds(3600))
                .when(debrief(null))
                .expectException(refusedBecause(Refusal.DEBRIEF_ALREADY_HELD))
                .expectNoEvents();
    }

    @Test
    void a_debrief_cannot_have_been_held_before_the_concerns_were_escalated() {
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024).events())
                .andGivenCurrentTime(DEBRIEF)
                .when(debrief(SCH_DECEMBER_2024.feedback().minusSeconds(60)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- case review: when

    @Test
    void a_case_review_before_the_debrief_is_refused() {
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024).events())
                .andGivenCurrentTime(DEBRIEF)
                .when(caseReview(List.of(ENFORCEMENT_ACTION), null))
                .expectException(refusedBecause(Refusal.DEBRIEF_NOT_HELD))
                .expectNoEvents();
    }

    @Test
    void a_case_review_on_a_visit_without_serious_concerns_is_refused() {
        fixture.given(schVisitAt(VisitStatus.IN_QA).events())
                .andGivenCurrentTime(DEBRIEF)
                .when(caseReview(List.of(NO_FURTHER_ACTION), null))
                .expectException(refusedBecause(Refusal.NO_CASE_REVIEW_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void a_second_case_review_is_refused() {
        Instant decided = Instant.parse("2024-12-23T14:00:00Z");
        fixture.given(schDebriefed().caseReviewDecided(List.of(ENFORCEMENT_ACTION), decided).events())
                .andGivenCurrentTime(decided.plusSeconds(3600))
                .when(caseReview(List.of(MONITORING_VISIT), null))
                .expectException(refusedBecause(Refusal.CASE_REVIEW_ALREADY_DECIDED))
                .expectNoEvents();
    }

    @Test
    void a_case_review_cannot_have_been_decided_before_the_debrief() {
        fixture.given(schDebriefed().events())
                .andGivenCurrentTime(DEBRIEF.plusSeconds(3600))
                .when(caseReview(List.of(ENFORCEMENT_ACTION), DEBRIEF.minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- case review: what

    static Stream<Arguments> invalidDecisions() {
        return Stream.of(
                Arguments.of("no decision", List.of()),
                Arguments.of("the same decision twice", List.of(ENFORCEMENT_ACTION, ENFORCEMENT_ACTION)),
                Arguments.of("no further action with an action", List.of(NO_FURTHER_ACTION, MONITORING_VISIT)),
                Arguments.of("an action with no further action", List.of(BRING_FORWARD_INSPECTION, NO_FURTHER_ACTION)));
    }

    @ParameterizedTest(name = "{0} is invalid")
    @MethodSource("invalidDecisions")
    void a_case_review_decides_one_or_more_distinct_actions_or_no_further_action_alone(
            String what, List<CaseReviewDecision> decisions) {
        fixture.given(schDebriefed().events())
                .andGivenCurrentTime(Instant.parse("2024-12-23T14:00:00Z"))
                .when(caseReview(decisions, null))
                .expectException(invalid("decisions"))
                .expectNoEvents();
    }

    @Test
    void an_sch_case_review_within_5_working_days_is_on_time_and_the_dfe_is_told_the_proposed_actions() {
        // decided Monday 23 December: the DfE is told by the end of Tuesday 24 December
        Instant decided = Instant.parse("2024-12-23T14:00:00Z");
        fixture.given(schDebriefed().events())
                .andGivenCurrentTime(decided)
                .when(caseReview(List.of(ENFORCEMENT_ACTION, BRING_FORWARD_INSPECTION), null))
                .expectEvents(
                        new CaseReviewDecided(VISIT, List.of(ENFORCEMENT_ACTION, BRING_FORWARD_INSPECTION),
                                CASE_REVIEW_RATIONALE, decided),
                        met(CASE_REVIEW, CASE_REVIEW_DUE, false, decided),
                        new NotificationRequired(VISIT, "N-6", DFE, NotificationChannel.EMAIL, PROPOSED_ACTIONS,
                                Instant.parse("2024-12-24T23:59:59Z"), decided));
    }

    @Test
    void a_case_review_in_the_last_second_of_its_due_day_is_on_time() {
        // Friday 27 December: the DfE is told by the end of Monday 30 December
        fixture.given(schDebriefed().events())
                .andGivenCurrentTime(CASE_REVIEW_DUE)
                .when(caseReview(List.of(NO_FURTHER_ACTION), null))
                .expectEvents(
                        new CaseReviewDecided(VISIT, List.of(NO_FURTHER_ACTION), CASE_REVIEW_RATIONALE, CASE_REVIEW_DUE),
                        met(CASE_REVIEW, CASE_REVIEW_DUE, false, CASE_REVIEW_DUE),
                        new NotificationRequired(VISIT, "N-6", DFE, NotificationChannel.EMAIL, PROPOSED_ACTIONS,
                                Instant.parse("2024-12-30T23:59:59Z"), CASE_REVIEW_DUE));
    }

    @Test
    void a_case_review_after_its_due_day_meets_the_deadline_late() {
        Instant decided = Instant.parse("2024-12-30T10:00:00Z");
        fixture.given(schDebriefed().events())
                .andGivenCurrentTime(decided)
                .when(caseReview(List.of(ENFORCEMENT_ACTION), null))
                .expectEvents(
                        new CaseReviewDecided(VISIT, List.of(ENFORCEMENT_ACTION), CASE_REVIEW_RATIONALE, decided),
                        met(CASE_REVIEW, CASE_REVIEW_DUE, true, decided),
                        new NotificationRequired(VISIT, "N-6", DFE, NotificationChannel.EMAIL, PROPOSED_ACTIONS,
                                Instant.parse("2024-12-31T23:59:59Z"), decided));
    }

    @Test
    void a_monitoring_visit_decision_is_due_8_weeks_after_the_last_day_of_the_visit_its_window_opening_at_6() {
        // last day Wednesday 18 December 2024: window opens 29 January 2025, due by the end of 12 February 2025
        Instant decided = Instant.parse("2024-12-23T14:00:00Z");
        Instant due = Instant.parse("2025-02-12T23:59:59Z");
        fixture.given(schDebriefed().events())
                .andGivenCurrentTime(decided)
                .when(caseReview(List.of(MONITORING_VISIT, ENFORCEMENT_ACTION), null))
                .expectEvents(
                        new CaseReviewDecided(VISIT, List.of(MONITORING_VISIT, ENFORCEMENT_ACTION),
                                CASE_REVIEW_RATIONALE, decided),
                        met(CASE_REVIEW, CASE_REVIEW_DUE, false, decided),
                        new NotificationRequired(VISIT, "N-6", DFE, NotificationChannel.EMAIL, PROPOSED_ACTIONS,
                                Instant.parse("2024-12-24T23:59:59Z"), decided),
                        new DeadlineScheduled(VISIT, "MONITORING_VISIT", DeadlineCode.MONITORING_VISIT,
                                DeadlineOwner.INSPECTORATE, due, "seed 001: a monitoring visit within 6 to 8 weeks to "
                                + "check that children are safeguarded (window opens 2025-01-29)", decided))
                .expectScheduledDeadline(due, due(DeadlineCode.MONITORING_VISIT));
    }

    @Test
    void an_rss_case_review_tells_no_dfe_and_its_monitoring_visit_is_due_at_the_end_of_a_summer_time_day() {
        // last day Thursday 17 April 2025: window opens 29 May, due by the end of 12 June 2025 (BST)
        Instant decided = Instant.parse("2025-04-24T10:00:00Z");
        Instant due = Instant.parse("2025-06-12T22:59:59Z");
        VisitHistory debriefed = endedWithSeriousConcerns(RSS_EASTER_2025)
                .debriefHeld(Instant.parse("2025-04-22T09:00:00Z"));
        fixture.given(debriefed.events())
                .andGivenCurrentTime(decided)
                .when(caseReview(List.of(MONITORING_VISIT), null))
                .expectEvents(
                        new CaseReviewDecided(VISIT, List.of(MONITORING_VISIT), CASE_REVIEW_RATIONALE, decided),
                        met(CASE_REVIEW, Instant.parse("2025-04-28T22:59:59Z"), false, decided),
                        new DeadlineScheduled(VISIT, "MONITORING_VISIT", DeadlineCode.MONITORING_VISIT,
                                DeadlineOwner.INSPECTORATE, due, "seed 000: after serious concerns a monitoring visit is "
                                + "likely; the 6 to 8 weeks are seed 001's, applied to RSS as a project rule (window "
                                + "opens 2025-05-29)", decided))
                .expectScheduledDeadline(due, due(DeadlineCode.MONITORING_VISIT));
    }
}
