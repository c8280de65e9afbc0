package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.*;

/**
 * Rule CONCERN-FINDING-REVISED: QA may revise the finding on serious or widespread concerns with the provisional
 * judgement. Revised to serious, everything feedback with that finding would have started starts, from the day of the
 * revision (rule CONCERN-ESCALATION); revised back, the escalation's open clocks and unsent notifications are
 * cancelled by recorded events, and no debrief or case review is then due. A case review that has decided stands.
 * SCH story: feedback on Wednesday 18 December 2024; QA revises on Friday 20 December.
 */
class SeriousConcernsFindingRevisedRulesTest {

    private static final VisitType SCH = VisitType.SCH_ASSURANCE;
    private static final Instant REVISED = Instant.parse("2024-12-20T10:00:00Z");
    private static final Instant REVISED_AGAIN = Instant.parse("2024-12-20T15:00:00Z");
    /** The end of the working day after Friday 20 December: Monday 23. */
    private static final Instant NEXT_WORKING_DAY_END = Instant.parse("2024-12-23T23:59:59Z");
    /** 5 working days after 20 December: 23, 24, (25, 26 bank holidays) 27, 30, 31. */
    private static final Instant CASE_REVIEW_DUE = Instant.parse("2024-12-31T23:59:59Z");
    private static final String DCS_KENT = "Director of children's services, Kent";

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void a_finding_revised_to_serious_starts_the_case_review_and_local_authority_clocks_and_notifications() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(REVISED)
                .when(findingRevised(true, null))
                .expectEventsMatching(allOf(
                        eventTypes(ProvisionalJudgementRevised.class, NotificationRequired.class,
                                SeriousConcernsFindingRevised.class, DeadlineScheduled.class, DeadlineScheduled.class,
                                NotificationRequired.class, NotificationRequired.class, NotificationRequired.class,
                                NotificationRequired.class),
                        anEvent(SeriousConcernsFindingRevised.class, "to serious, with the reasons",
                                e -> e.seriousOrWidespreadConcerns() && e.reasons().equals(REVISION_REASONS)
                                        && e.occurredAt().equals(REVISED)),
                        anEvent(DeadlineScheduled.class, "CASE_REVIEW due 31 December", e -> e.equals(scheduled(SCH,
                                CASE_REVIEW, DeadlineOwner.REGIONAL_INSPECTION_MANAGER, CASE_REVIEW_DUE, REVISED))),
                        anEvent(DeadlineScheduled.class, "LA_NOTIFICATION due 23 December", e -> e.equals(scheduled(
                                SCH, LA_NOTIFICATION, DeadlineOwner.LEAD_INSPECTOR, NEXT_WORKING_DAY_END, REVISED))),
                        anEvent(NotificationRequired.class, "N-3 to the DCS of Kent, emailed and phoned",
                                e -> e.notificationId().equals("N-3") && e.recipient().equals(DCS_KENT)
                                        && e.channel() == NotificationChannel.EMAIL_THEN_PHONE
                                        && e.dueAt().equals(NEXT_WORKING_DAY_END)),
                        anEvent(NotificationRequired.class, "N-6 to the DfE",
                                e -> e.notificationId().equals("N-6")
                                        && e.recipient().equals("Department for Education"))))
                .expectScheduledDeadline(CASE_REVIEW_DUE, due(CASE_REVIEW))
                .expectScheduledDeadline(NEXT_WORKING_DAY_END, due(LA_NOTIFICATION));
    }

    @Test
    void after_a_finding_revised_to_serious_the_debrief_is_due() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(REVISED)
                .andGivenCommands(findingRevised(true, null))
                .when(debrief(null))
                .expectEventsMatching(eventTypes(PostVisitDebriefHeld.class));
    }

    @Test
    void a_finding_revised_away_cancels_the_open_clocks_and_the_notifications_not_yet_sent() {
        // Feedback on 18 December escalated: N-2 to N-5 (DCS Kent, DCS Medway, the provider's forward, the DfE).
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024).notificationSent("N-2", REVISED.minusSeconds(3600))
                        .events())
                .andGivenCurrentTime(REVISED)
                .when(findingRevised(false, null))
                .expectEventsMatching(allOf(
                        eventTypes(ProvisionalJudgementRevised.class, NotificationRequired.class,
                                SeriousConcernsFindingRevised.class, DeadlineCancelled.class, DeadlineCancelled.class,
                                NotificationCancelled.class, NotificationCancelled.class, NotificationCancelled.class),
                        anEvent(SeriousConcernsFindingRevised.class, "to not serious",
                                e -> !e.seriousOrWidespreadConcerns()),
                        anEvent(DeadlineCancelled.class, "CASE_REVIEW, with the reason",
                                e -> e.code() == CASE_REVIEW && e.reason().equals(SeriousConcerns.FINDING_REVISED)),
                        anEvent(DeadlineCancelled.class, "LA_NOTIFICATION", e -> e.code() == LA_NOTIFICATION),
                        anEvent(NotificationCancelled.class, "N-3", e -> e.notificationId().equals("N-3")),
                        anEvent(NotificationCancelled.class, "N-4", e -> e.notificationId().equals("N-4")),
                        anEvent(NotificationCancelled.class, "N-5", e -> e.notificationId().equals("N-5"))));
    }

    @Test
    void after_a_finding_revised_away_no_debrief_is_due() {
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024).events())
                .andGivenCurrentTime(REVISED)
                .andGivenCommands(findingRevised(false, null))
                .when(debrief(null))
                .expectException(refusedBecause(Refusal.NO_CASE_REVIEW_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void a_finding_revised_away_and_back_starts_new_clocks_under_new_ids() {
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024).events())
                .andGivenCurrentTime(REVISED)
                .andGivenCommands(findingRevised(false, null))
                .andGivenCurrentTime(REVISED_AGAIN)
                .when(findingRevised(true, null))
                .expectEventsMatching(allOf(
                        anEvent(DeadlineScheduled.class, "CASE_REVIEW-2 due 31 December",
                                e -> e.deadlineId().equals("CASE_REVIEW-2") && e.code() == CASE_REVIEW
                                        && e.dueAt().equals(CASE_REVIEW_DUE)),
                        anEvent(DeadlineScheduled.class, "LA_NOTIFICATION-2",
                                e -> e.deadlineId().equals("LA_NOTIFICATION-2"))));
    }

    @Test
    void once_the_case_review_has_decided_the_finding_cannot_be_revised_away() {
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024)
                        .debriefHeld(Instant.parse("2024-12-19T10:00:00Z"))
                        .caseReviewDecided(List.of(CaseReviewDecision.NO_FURTHER_ACTION),
                                Instant.parse("2024-12-19T15:00:00Z")).events())
                .andGivenCurrentTime(REVISED)
                .when(findingRevised(false, null))
                .expectException(refusedBecause(Refusal.CASE_REVIEW_ALREADY_DECIDED))
                .expectNoEvents();
    }

    @Test
    void an_unchanged_finding_records_the_revised_judgement_only() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(REVISED)
                .when(findingRevised(false, null))
                .expectEventsMatching(eventTypes(ProvisionalJudgementRevised.class, NotificationRequired.class));
    }

    private static ReviseProvisionalJudgement findingRevised(boolean serious, Instant at) {
        return new ReviseProvisionalJudgement(VISIT, null, REVISED_FINDINGS, REVISION_REASONS, serious, at);
    }
}
