package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.*;

/**
 * Every successful transition of an RSS assurance visit, announcement to CLOSED, on the test vector
 * (rule TIME-TEST-VECTORS) "start 2025-04-16, 2 days" over Easter: visit end 2025-04-17, QA 2025-04-22, draft
 * 2025-05-16, final 2025-06-04, publication 2025-06-16. British Summer Time: the end of a London day is 22:59:59Z and
 * 14:00 London is 13:00Z. (The announcement itself is covered by AnnouncementRulesTest.)
 */
class RssAssuranceLifecycleTest {

    private static final VisitType RSS = VisitType.RSS_ASSURANCE;
    private static final Timeline T = RSS_EASTER_2025;
    private static final Instant ANNEX_A_DUE = Instant.parse("2025-04-16T13:00:00Z");
    private static final Instant QA_DUE = Instant.parse("2025-04-22T22:59:59Z");
    private static final Instant DRAFT_DUE = Instant.parse("2025-05-16T22:59:59Z");
    private static final Instant FINAL_DUE = Instant.parse("2025-06-04T22:59:59Z");
    private static final Instant PUBLICATION_DUE = Instant.parse("2025-06-16T22:59:59Z");
    /** Draft sent Wednesday 2025-05-14: five working days are 15, 16, 19, 20, 21 May. */
    private static final Instant COMMENTS_DUE = Instant.parse("2025-05-21T22:59:59Z");
    /** Final sent Thursday 2025-05-22: 23 May, (26 May is a bank holiday) 27, 28, 29, 30 May. */
    private static final Instant COMPLAINT_WINDOW_ENDS = Instant.parse("2025-05-30T22:59:59Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void annex_a_returned_before_14_00_london_time_meets_its_deadline_on_time() {
        fixture.given(rssVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(T.annexAReturned())
                .when(annexAReturned(null))
                .expectEvents(new AnnexAReturned(VISIT, T.annexAReturned()),
                        met(ANNEX_A_RETURN, ANNEX_A_DUE, false, T.annexAReturned()));
    }

    @Test
    void inspectors_arriving_put_the_visit_on_site() {
        fixture.given(rssVisitAt(VisitStatus.ANNOUNCED).annexAReturned(T.annexAReturned()).events())
                .andGivenCurrentTime(T.arrived())
                .when(arrival(null))
                .expectEvents(new InspectorsArrivedOnSite(VISIT, T.arrived()));
    }

    @Test
    void verbal_feedback_on_maundy_thursday_ends_the_visit_with_deadlines_counted_over_easter_in_summer_time() {
        fixture.given(rssVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(T.feedback())
                .when(feedback(null))
                .expectEvents(
                        new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, T.feedback()),
                        new VisitEnded(VISIT, LocalDate.of(2025, 4, 17), T.feedback()),
                        scheduled(RSS, QA_SUBMISSION, DeadlineOwner.LEAD_INSPECTOR, QA_DUE, T.feedback()),
                        scheduled(RSS, DRAFT_REPORT, DeadlineOwner.INSPECTORATE, DRAFT_DUE, T.feedback()),
                        scheduled(RSS, FINAL_REPORT, DeadlineOwner.INSPECTORATE, FINAL_DUE, T.feedback()),
                        scheduled(RSS, PUBLICATION, DeadlineOwner.INSPECTORATE, PUBLICATION_DUE, T.feedback()))
                .expectScheduledDeadline(QA_DUE, due(QA_SUBMISSION))
                .expectScheduledDeadline(DRAFT_DUE, due(DRAFT_REPORT))
                .expectScheduledDeadline(FINAL_DUE, due(FINAL_REPORT))
                .expectScheduledDeadline(PUBLICATION_DUE, due(PUBLICATION));
    }

    /** Rule RSS-ON-SITE-ACTIVITY (seed 000): "there will always be some on-site activity". */
    @Test
    void verbal_feedback_ending_an_rss_visit_without_arrival_on_site_is_refused() {
        VisitHistory announced = rssVisitAt(VisitStatus.ANNOUNCED).annexAReturned(T.annexAReturned());
        fixture.given(announced.events())
                .andGivenCurrentTime(T.feedback())
                .when(feedback(null))
                .expectException(refusedBecause(Refusal.NO_ON_SITE_ACTIVITY))
                .expectNoEvents();
    }

    /** A visit keeps the rulebook it was announced under: version 2 had no on-site check. */
    @Test
    void under_rulebook_version_2_verbal_feedback_without_a_recorded_arrival_still_ends_the_visit() {
        VisitHistory announced = VisitHistory.announcedUnder(RSS, "2", T.announced()).annexAReturned(T.annexAReturned());
        fixture.given(announced.events())
                .andGivenCurrentTime(T.feedback())
                .when(feedback(null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(anEvent(VisitEnded.class, "on 2025-04-17",
                        e -> e.lastDayOfVisit().equals(LocalDate.of(2025, 4, 17))));
    }

    @Test
    void report_submitted_for_qa_on_the_tuesday_after_easter_meets_the_qa_deadline() {
        fixture.given(rssVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(T.qa())
                .when(qaSubmission(null))
                .expectEvents(new ReportSubmittedForQa(VISIT, T.qa()), met(QA_SUBMISSION, QA_DUE, false, T.qa()));
    }

    @Test
    void draft_sent_meets_the_draft_deadline_and_starts_the_provider_comment_window() {
        fixture.given(rssVisitAt(VisitStatus.IN_QA).events())
                .andGivenCurrentTime(T.draft())
                .when(draftReport(null))
                .expectEvents(new DraftReportSent(VISIT, T.draft()),
                        met(DRAFT_REPORT, DRAFT_DUE, false, T.draft()),
                        scheduled(RSS, PROVIDER_COMMENTS, DeadlineOwner.PROVIDER, COMMENTS_DUE, T.draft()))
                .expectScheduledDeadline(COMMENTS_DUE, due(PROVIDER_COMMENTS));
    }

    @Test
    void provider_comments_within_the_window_meet_the_comments_deadline() {
        fixture.given(rssVisitAt(VisitStatus.DRAFT_SENT).events())
                .andGivenCurrentTime(T.comments())
                .when(providerComments(null))
                .expectEvents(new ProviderCommentsReceived(VISIT, COMMENTS, T.comments()),
                        met(PROVIDER_COMMENTS, COMMENTS_DUE, false, T.comments()));
    }

    /** Rules REPORT-RSS-RECOMMENDATIONS-ONLY and REPORT-CHILD-SUMMARY (seed 000), rulebook version 3. */
    @Test
    void rss_final_report_makes_recommendations_only_with_a_child_friendly_summary_and_opens_a_complaint_window_past_the_spring_bank_holiday() {
        fixture.given(rssVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(T.finalSent())
                .when(rssFinalReport(null))
                .expectEvents(
                        new FinalReportSent(VISIT, List.of(), RECOMMENDATIONS, true, false, T.finalSent()),
                        met(FINAL_REPORT, FINAL_DUE, false, T.finalSent()),
                        scheduled(RSS, COMPLAINT_WINDOW, DeadlineOwner.PROVIDER, COMPLAINT_WINDOW_ENDS, T.finalSent()),
                        new NotificationRequired(VISIT, "N-3", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                POST_VISIT_SURVEY, Instant.parse("2025-05-22T22:59:59Z"), T.finalSent()))
                .expectScheduledDeadline(COMPLAINT_WINDOW_ENDS, due(COMPLAINT_WINDOW));
    }

    /** Rule REPORT-RSS-RECOMMENDATIONS-ONLY: Ofsted does not regulate residential special schools. */
    @Test
    void an_rss_final_report_with_requirements_is_refused() {
        fixture.given(rssVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(T.finalSent())
                .when(finalReport(null))
                .expectException(invalid("requirements"))
                .expectNoEvents();
    }

    /** Rule REPORT-CHILD-SUMMARY (seed 000: "a brief, child-friendly summary following every assurance visit"). */
    @Test
    void an_rss_final_report_without_a_child_friendly_summary_is_refused() {
        fixture.given(rssVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(T.finalSent())
                .when(new SendFinalReport(VISIT, null, List.of(), RECOMMENDATIONS, false, false, null))
                .expectException(invalid("childFriendlySummaryIncluded"))
                .expectNoEvents();
    }

    /** A visit keeps the rulebook it was announced under: version 2 took requirements and no summary. */
    @Test
    void under_rulebook_version_2_an_rss_final_report_may_carry_requirements_without_a_child_friendly_summary() {
        VisitHistory commented = VisitHistory.announcedUnder(RSS, "2", T.announced())
                .annexAReturned(T.annexAReturned()).arrived(T.arrived()).ended(T.feedback()).submittedForQa(T.qa())
                .draftSent(T.draft()).commentsReceived(T.comments());
        fixture.given(commented.events())
                .andGivenCurrentTime(T.finalSent())
                .when(finalReportWithoutChildFriendlySummary(null))
                .expectEventsMatching(anEvent(FinalReportSent.class, "with requirements and no summary",
                        e -> e.equals(new FinalReportSent(VISIT, REQUIREMENTS, RECOMMENDATIONS, false, false,
                                T.finalSent()))));
    }

    @Test
    void publishing_inside_the_complaint_window_meets_the_publication_deadline_but_does_not_close_the_visit() {
        fixture.given(rssVisitAt(VisitStatus.FINAL_SENT).events())
                .andGivenCurrentTime(T.published())
                .when(publication(null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, T.published()),
                        met(PUBLICATION, PUBLICATION_DUE, false, T.published()));
    }

    @Test
    void the_complaint_window_running_out_after_publication_closes_the_visit() {
        fixture.given(rssVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(T.published())
                .andGivenCommands(rssFinalReport(T.finalSent()), publication(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-06-01T00:00:00Z"))
                .expectEvents(met(COMPLAINT_WINDOW, COMPLAINT_WINDOW_ENDS, false, COMPLAINT_WINDOW_ENDS),
                        new VisitClosed(VISIT, COMPLAINT_WINDOW_ENDS))
                .expectTriggeredDeadlines(due(COMPLAINT_WINDOW));
    }

    @Test
    void publishing_after_the_complaint_window_has_closed_closes_the_visit_at_once() {
        Instant published = Instant.parse("2025-06-02T09:00:00Z");
        VisitHistory finalSent = rssVisitAt(VisitStatus.FINAL_SENT).complaintWindowLapsed();
        fixture.given(finalSent.events())
                .andGivenCurrentTime(published)
                .when(publication(null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, published),
                        met(PUBLICATION, PUBLICATION_DUE, false, published),
                        new VisitClosed(VISIT, published))
                .expectResultMessagePayload(new CommandOutcome(finalSent.version() + 3, null));
    }
}
