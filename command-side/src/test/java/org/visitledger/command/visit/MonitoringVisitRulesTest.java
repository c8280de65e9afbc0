package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * A monitoring visit decided by a case review (rules MONITORING-COMMISSION, MONITORING-VISIT-DUE; seed 001: "within 6
 * to 8 weeks"): the followed visit records it as commissioned, which meets its MONITORING_VISIT deadline (due
 * 2025-02-12T23:59:59Z for the SCH visit ended on 2024-12-18), and the monitoring-visit process announces it as a
 * MONITORING visit that names the visit it follows.
 */
class MonitoringVisitRulesTest {

    private static final Instant CASE_REVIEW = Instant.parse("2024-12-23T14:00:00Z");
    private static final Instant MONITORING_VISIT_DUE = Instant.parse("2025-02-12T23:59:59Z");
    private static final Instant COMMISSIONED = Instant.parse("2025-01-06T10:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    /** The SCH visit whose case review decided these actions after its serious concerns. */
    private static VisitHistory schCaseReviewed(CaseReviewDecision... decisions) {
        return endedWithSeriousConcerns(SCH_DECEMBER_2024).debriefHeld(Instant.parse("2024-12-19T10:00:00Z"))
                .caseReviewDecided(List.of(decisions), CASE_REVIEW);
    }

    // ---------------------------------------------------------------- commissioning, on the followed visit

    @Test
    void commissioning_a_monitoring_visit_the_case_review_did_not_decide_is_refused() {
        fixture.given(schCaseReviewed(CaseReviewDecision.ENFORCEMENT_ACTION).events())
                .andGivenCurrentTime(COMMISSIONED)
                .when(commissionMonitoringVisit(null))
                .expectException(refusedBecause(Refusal.NO_MONITORING_VISIT_DECIDED))
                .expectNoEvents();
    }

    @Test
    void commissioning_a_monitoring_visit_without_a_case_review_is_refused() {
        fixture.given(schVisitAt(VisitStatus.IN_QA).events())
                .andGivenCurrentTime(COMMISSIONED)
                .when(commissionMonitoringVisit(null))
                .expectException(refusedBecause(Refusal.NO_MONITORING_VISIT_DECIDED))
                .expectNoEvents();
    }

    @Test
    void commissioning_records_the_monitoring_visit_for_the_same_provider_and_meets_the_deadline_on_time() {
        VisitHistory decided = schCaseReviewed(CaseReviewDecision.MONITORING_VISIT);
        // Monday 3 February 2025: inside the 6-8 week window (29 January to 12 February).
        Instant inTheWindow = Instant.parse("2025-02-03T10:00:00Z");
        fixture.given(decided.events())
                .andGivenCurrentTime(inTheWindow)
                .when(commissionMonitoringVisit(null))
                .expectEvents(
                        new MonitoringVisitCommissioned(VISIT, MONITORING_VISIT_ID, VisitType.SCH_ASSURANCE, PROVIDER,
                                List.of("Kent", "Medway"), "Jo Smith", List.of("Sam Lee"), 1, inTheWindow),
                        met(DeadlineCode.MONITORING_VISIT, MONITORING_VISIT_DUE, false, inTheWindow))
                .expectResultMessagePayload(new CommandOutcome(decided.version() + 2, MONITORING_VISIT_ID));
    }

    @Test
    void commissioning_after_the_8_weeks_meets_the_deadline_late() {
        Instant late = Instant.parse("2025-02-13T09:00:00Z");
        fixture.given(schCaseReviewed(CaseReviewDecision.MONITORING_VISIT, CaseReviewDecision.ENFORCEMENT_ACTION)
                        .events())
                .andGivenCurrentTime(late)
                .when(commissionMonitoringVisit(null))
                .expectEvents(
                        new MonitoringVisitCommissioned(VISIT, MONITORING_VISIT_ID, VisitType.SCH_ASSURANCE, PROVIDER,
                                List.of("Kent", "Medway"), "Jo Smith", List.of("Sam Lee"), 1, late),
                        met(DeadlineCode.MONITORING_VISIT, MONITORING_VISIT_DUE, true, late));
    }

    @Test
    void commissioning_the_monitoring_visit_twice_is_refused() {
        fixture.given(schCaseReviewed(CaseReviewDecision.MONITORING_VISIT).monitoringVisitCommissioned(COMMISSIONED)
                        .events())
                .andGivenCurrentTime(COMMISSIONED.plusSeconds(3600))
                .when(commissionMonitoringVisit(null))
                .expectException(refusedBecause(Refusal.MONITORING_VISIT_ALREADY_ANNOUNCED))
                .expectNoEvents();
    }

    @Test
    void a_monitoring_visit_longer_than_its_rulebook_allows_is_invalid() {
        fixture.given(schCaseReviewed(CaseReviewDecision.MONITORING_VISIT).events())
                .andGivenCurrentTime(COMMISSIONED)
                .when(new CommissionMonitoringVisit(VISIT, null, MONITORING_VISIT_ID, LEAD_INSPECTOR_NAME, TEAM, 4, null))
                .expectException(invalid("plannedLengthDays"))
                .expectNoEvents();
    }

    @Test
    void a_monitoring_visit_cannot_have_been_commissioned_before_the_case_review_decided_it() {
        fixture.given(schCaseReviewed(CaseReviewDecision.MONITORING_VISIT).events())
                .andGivenCurrentTime(COMMISSIONED)
                .when(commissionMonitoringVisit(CASE_REVIEW.minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- the MONITORING visit itself

    @Test
    void a_monitoring_visit_is_announced_following_its_visit_with_no_annex_a_nor_announcement_notifications() {
        fixture.givenCurrentTime(COMMISSIONED)
                .when(new AnnounceVisit(VISIT, VisitType.MONITORING, PROVIDER, "Jo Smith", List.of("Sam Lee"),
                        List.of("Kent", "Medway"), null, FOLLOWED_VISIT, COMMISSIONED))
                .expectEvents(new VisitAnnounced(VISIT, VisitType.MONITORING, "3", PROVIDER, "Jo Smith",
                        List.of("Sam Lee"), List.of("Kent", "Medway"), 1, LocalDate.of(2025, 1, 6), FOLLOWED_VISIT, null,
                        COMMISSIONED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_monitoring_visit_must_name_the_visit_it_follows() {
        fixture.givenCurrentTime(COMMISSIONED)
                .when(new AnnounceVisit(VISIT, VisitType.MONITORING, PROVIDER, "Jo Smith", List.of("Sam Lee"),
                        List.of("Kent", "Medway"), null, null, COMMISSIONED))
                .expectException(invalid("followsVisitId"))
                .expectNoEvents();
    }

    @Test
    void an_rss_visit_may_not_follow_another_visit() {
        fixture.givenCurrentTime(COMMISSIONED)
                .when(new AnnounceVisit(VISIT, VisitType.RSS_ASSURANCE, PROVIDER, "Jo Smith", List.of("Sam Lee"),
                        List.of("Kent", "Medway"), null, FOLLOWED_VISIT, COMMISSIONED))
                .expectException(invalid("followsVisitId"))
                .expectNoEvents();
    }
}
