package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;

import static org.hamcrest.Matchers.allOf;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.*;

/**
 * A visit that ends with serious or widespread concerns, or has one raised after it ended, starts the CASE_REVIEW
 * clock (5 working days) and the LA_NOTIFICATION clock (end of the next working day) from that day and requires the
 * notifications of its rulebook by the end of the next working day (rules CONCERN-ESCALATION, CASE-REVIEW-DUE,
 * LA-NOTIFICATION-DUE, NOTIFY-SCH-CONCERNS, NOTIFY-RSS-CONCERNS; seed 001 for SCH, seed 000 for RSS). Once per
 * visit; rulebook version 1 has none of it (rule RULEBOOK-V2-CONCERNS).
 */
class SeriousConcernRulesTest {

    private static final VisitType SCH = VisitType.SCH_ASSURANCE;
    private static final VisitType RSS = VisitType.RSS_ASSURANCE;
    private static final String KENT = "Placing authority Kent";
    private static final String MEDWAY = "Placing authority Medway";
    private static final String DCS_KENT = "Director of children's services, Kent";
    private static final String DCS_MEDWAY = "Director of children's services, Medway";
    private static final String DFE = "Department for Education";
    /** SCH rulebook version 3 (rule NOTIFY-SCH-CONCERNS): every local authority's DCS, emailed and phoned. */
    private static final String SCH_EACH_DCS = "Serious or widespread concerns identified at the home, which is in "
            + "this authority or where it has placed a child; receipt to be confirmed by phone";
    private static final String SCH_FORWARD = "Forward of the email to the local authorities about the serious or "
            + "widespread concerns";
    private static final String SCH_DFE = "Serious or widespread concerns identified, for the Secretary of State's "
            + "decision on the home's continued approval";
    private static final String RSS_DCS = "Serious or widespread concerns identified at a school in this authority";
    private static final String RSS_SCHOOL = "Serious or widespread concerns identified at the school";
    private static final String RSS_PLACING = "Serious or widespread concerns identified at a school where this "
            + "authority funds placements";

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void sch_visit_ending_with_serious_concerns_on_18_december_2024_has_its_case_review_due_after_christmas() {
        // 5 working days after Wednesday 18 December: 19, 20, 23, 24 and (25, 26 are bank holidays) 27 December
        Instant end = SCH_DECEMBER_2024.feedback();
        Instant nextWorkingDayEnd = Instant.parse("2024-12-19T23:59:59Z");
        Instant caseReviewDue = Instant.parse("2024-12-27T23:59:59Z");
        fixture.given(schVisitAt(VisitStatus.ON_SITE)
                        .concernRaised(ConcernCategory.SERIOUS, Instant.parse("2024-12-17T11:00:00Z")).events())
                .andGivenCurrentTime(end)
                .when(feedbackWithSeriousConcerns(null))
                .expectEvents(
                        new VerbalFeedbackGiven(VISIT, true, SERIOUS_FEEDBACK_SUMMARY, end),
                        new VisitEnded(VISIT, LocalDate.of(2024, 12, 18), end),
                        scheduled(SCH, QA_SUBMISSION, DeadlineOwner.LEAD_INSPECTOR, nextWorkingDayEnd, end),
                        scheduled(SCH, DRAFT_REPORT, DeadlineOwner.INSPECTORATE, Instant.parse("2025-01-16T23:59:59Z"),
                                end),
                        scheduled(SCH, FINAL_REPORT, DeadlineOwner.INSPECTORATE, Instant.parse("2025-02-03T23:59:59Z"),
                                end),
                        scheduled(SCH, PUBLICATION, DeadlineOwner.INSPECTORATE, Instant.parse("2025-02-13T23:59:59Z"),
                                end),
                        scheduled(SCH, CASE_REVIEW, DeadlineOwner.REGIONAL_INSPECTION_MANAGER, caseReviewDue, end),
                        scheduled(SCH, LA_NOTIFICATION, DeadlineOwner.LEAD_INSPECTOR, nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-2", DCS_KENT, NotificationChannel.EMAIL_THEN_PHONE,
                                SCH_EACH_DCS, nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-3", DCS_MEDWAY, NotificationChannel.EMAIL_THEN_PHONE,
                                SCH_EACH_DCS, nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-4", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                SCH_FORWARD, nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-5", DFE, NotificationChannel.EMAIL, SCH_DFE,
                                nextWorkingDayEnd, end))
                .expectScheduledDeadline(caseReviewDue, due(CASE_REVIEW))
                .expectScheduledDeadline(nextWorkingDayEnd, due(LA_NOTIFICATION));
    }

    @Test
    void rss_visit_ending_with_serious_concerns_on_maundy_thursday_2025_counts_past_easter_in_summer_time() {
        // after Thursday 17 April: Good Friday and Easter Monday are bank holidays, so 22, 23, 24, 25 and 28 April
        Instant end = RSS_EASTER_2025.feedback();
        Instant nextWorkingDayEnd = Instant.parse("2025-04-22T22:59:59Z");
        Instant caseReviewDue = Instant.parse("2025-04-28T22:59:59Z");
        fixture.given(rssVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(end)
                .when(feedbackWithSeriousConcerns(null))
                .expectEvents(
                        new VerbalFeedbackGiven(VISIT, true, SERIOUS_FEEDBACK_SUMMARY, end),
                        new VisitEnded(VISIT, LocalDate.of(2025, 4, 17), end),
                        scheduled(RSS, QA_SUBMISSION, DeadlineOwner.LEAD_INSPECTOR, nextWorkingDayEnd, end),
                        scheduled(RSS, DRAFT_REPORT, DeadlineOwner.INSPECTORATE, Instant.parse("2025-05-16T22:59:59Z"),
                                end),
                        scheduled(RSS, FINAL_REPORT, DeadlineOwner.INSPECTORATE, Instant.parse("2025-06-04T22:59:59Z"),
                                end),
                        scheduled(RSS, PUBLICATION, DeadlineOwner.INSPECTORATE, Instant.parse("2025-06-16T22:59:59Z"),
                                end),
                        scheduled(RSS, CASE_REVIEW, DeadlineOwner.REGIONAL_INSPECTION_MANAGER, caseReviewDue, end),
                        scheduled(RSS, LA_NOTIFICATION, DeadlineOwner.LEAD_INSPECTOR, nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-3", DCS_KENT, NotificationChannel.EMAIL, RSS_DCS,
                                nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-4", "Education and Skills Funding Agency",
                                NotificationChannel.EMAIL, RSS_SCHOOL, nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-5", KENT, NotificationChannel.EMAIL, RSS_PLACING,
                                nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-6", MEDWAY, NotificationChannel.EMAIL, RSS_PLACING,
                                nextWorkingDayEnd, end),
                        new NotificationRequired(VISIT, "N-7", "Parents", NotificationChannel.EMAIL, RSS_SCHOOL,
                                nextWorkingDayEnd, end))
                .expectScheduledDeadline(caseReviewDue, due(CASE_REVIEW))
                .expectScheduledDeadline(nextWorkingDayEnd, due(LA_NOTIFICATION));
    }

    @Test
    void a_serious_concern_raised_after_the_visit_ended_starts_the_clocks_from_the_day_it_was_raised() {
        // raised Friday 20 December 2024: next working day Monday 23; 5 working days 23, 24, 27, 30, 31 December
        Instant raised = Instant.parse("2024-12-20T10:00:00Z");
        Instant nextWorkingDayEnd = Instant.parse("2024-12-23T23:59:59Z");
        Instant caseReviewDue = Instant.parse("2024-12-31T23:59:59Z");
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(raised)
                .when(concern(ConcernCategory.SERIOUS, null))
                .expectEvents(
                        new ConcernRaised(VISIT, "CON-1", ConcernCategory.SERIOUS, CONCERN_SUMMARY, CONCERN_DETAILS,
                                raised),
                        scheduled(SCH, CASE_REVIEW, DeadlineOwner.REGIONAL_INSPECTION_MANAGER, caseReviewDue, raised),
                        scheduled(SCH, LA_NOTIFICATION, DeadlineOwner.LEAD_INSPECTOR, nextWorkingDayEnd, raised),
                        new NotificationRequired(VISIT, "N-2", DCS_KENT, NotificationChannel.EMAIL_THEN_PHONE,
                                SCH_EACH_DCS, nextWorkingDayEnd, raised),
                        new NotificationRequired(VISIT, "N-3", DCS_MEDWAY, NotificationChannel.EMAIL_THEN_PHONE,
                                SCH_EACH_DCS, nextWorkingDayEnd, raised),
                        new NotificationRequired(VISIT, "N-4", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                SCH_FORWARD, nextWorkingDayEnd, raised),
                        new NotificationRequired(VISIT, "N-5", DFE, NotificationChannel.EMAIL, SCH_DFE,
                                nextWorkingDayEnd, raised))
                .expectScheduledDeadline(caseReviewDue, due(CASE_REVIEW));
    }

    @Test
    void a_widespread_concern_raised_after_an_rss_visit_ended_escalates_as_well() {
        // raised Tuesday 22 April 2025 (BST): next working day 23 April; 5 working days 23, 24, 25, 28, 29 April
        Instant raised = Instant.parse("2025-04-22T09:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(raised)
                .when(concern(ConcernCategory.WIDESPREAD, null))
                .expectEventsMatching(allOf(
                        eventTypes(ConcernRaised.class, DeadlineScheduled.class, DeadlineScheduled.class,
                                NotificationRequired.class, NotificationRequired.class, NotificationRequired.class,
                                NotificationRequired.class, NotificationRequired.class),
                        anEvent(DeadlineScheduled.class, "CASE_REVIEW due 2025-04-29T22:59:59Z",
                                e -> e.code() == CASE_REVIEW && e.dueAt().equals(Instant.parse("2025-04-29T22:59:59Z"))),
                        anEvent(DeadlineScheduled.class, "LA_NOTIFICATION due 2025-04-23T22:59:59Z",
                                e -> e.code() == LA_NOTIFICATION
                                        && e.dueAt().equals(Instant.parse("2025-04-23T22:59:59Z")))));
    }

    @Test
    void a_serious_concern_back_dated_into_the_visit_starts_the_clocks_from_the_last_day_of_the_visit() {
        // recorded after feedback on 18 December but raised on the 17th: the clocks count from the end of the visit
        // (rule CONCERN-ESCALATION: never from before the last day)
        Instant raised = Instant.parse("2024-12-17T15:00:00Z");
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(Instant.parse("2024-12-19T09:00:00Z"))
                .when(concern(ConcernCategory.SERIOUS, raised))
                .expectEventsMatching(allOf(
                        anEvent(DeadlineScheduled.class, "CASE_REVIEW due 2024-12-27T23:59:59Z",
                                e -> e.code() == CASE_REVIEW && e.dueAt().equals(Instant.parse("2024-12-27T23:59:59Z"))),
                        anEvent(DeadlineScheduled.class, "LA_NOTIFICATION due 2024-12-19T23:59:59Z",
                                e -> e.code() == LA_NOTIFICATION
                                        && e.dueAt().equals(Instant.parse("2024-12-19T23:59:59Z"))),
                        anEvent(NotificationRequired.class, "to the DfE due 2024-12-19T23:59:59Z",
                                n -> n.recipient().equals(DFE)
                                        && n.dueAt().equals(Instant.parse("2024-12-19T23:59:59Z")))))
                .expectScheduledDeadline(Instant.parse("2024-12-19T23:59:59Z"), due(LA_NOTIFICATION));
    }

    @Test
    void a_serious_concern_after_a_visit_that_ended_with_serious_concerns_escalates_nothing_again() {
        Instant raised = Instant.parse("2024-12-20T10:00:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024).events())
                .andGivenCurrentTime(raised)
                .when(concern(ConcernCategory.SERIOUS, null))
                .expectEvents(new ConcernRaised(VISIT, "CON-2", ConcernCategory.SERIOUS, CONCERN_SUMMARY,
                        CONCERN_DETAILS, raised))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_second_concern_raised_after_the_visit_ended_escalates_nothing_again() {
        Instant raised = Instant.parse("2024-12-23T10:00:00Z");
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED)
                        .concernRaised(ConcernCategory.SERIOUS, Instant.parse("2024-12-20T10:00:00Z")).events())
                .andGivenCurrentTime(raised)
                .when(concern(ConcernCategory.WIDESPREAD, null))
                .expectEvents(new ConcernRaised(VISIT, "CON-2", ConcernCategory.WIDESPREAD, CONCERN_SUMMARY,
                        CONCERN_DETAILS, raised));
    }

    @Test
    void a_visit_under_rulebook_version_1_ending_with_serious_concerns_starts_only_the_report_clocks() {
        Instant end = SCH_DECEMBER_2024.feedback();
        VisitHistory underVersion1 = VisitHistory.announcedUnder(SCH, "1", SCH_DECEMBER_2024.announced())
                .annexAReturned(SCH_DECEMBER_2024.annexAReturned()).arrived(SCH_DECEMBER_2024.arrived());
        fixture.given(underVersion1.events())
                .andGivenCurrentTime(end)
                .when(feedbackWithSeriousConcerns(null))
                .expectEventsMatching(eventTypes(VerbalFeedbackGiven.class, VisitEnded.class, DeadlineScheduled.class,
                        DeadlineScheduled.class, DeadlineScheduled.class, DeadlineScheduled.class))
                .expectScheduledDeadline(Instant.parse("2024-12-19T23:59:59Z"), due(QA_SUBMISSION));
    }
}
