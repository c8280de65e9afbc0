package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.*;

/**
 * The report path after the visit ends: QA, draft, provider comments (or their window lapsing), final report,
 * publication. Out-of-order and repeated steps are refused with a named reason and record nothing.
 */
class ReportPathRulesTest {

    private static final VisitType RSS = VisitType.RSS_ASSURANCE;

    private final FixtureConfiguration<Visit> fixture = fixture();

    /** The RSS visit at {@code stage}, an hour after its latest milestone. */
    private TestExecutor<Visit> givenRss(VisitStatus stage) {
        VisitHistory history = rssVisitAt(stage);
        return fixture.given(history.events()).andGivenCurrentTime(history.lastAt().plusSeconds(3600));
    }

    /** The SCH visit at {@code stage}, an hour after its latest milestone. */
    private TestExecutor<Visit> givenSch(VisitStatus stage) {
        VisitHistory history = schVisitAt(stage);
        return fixture.given(history.events()).andGivenCurrentTime(history.lastAt().plusSeconds(3600));
    }

    // ---------------------------------------------------------------- QA

    @Test
    void submitting_for_qa_while_the_inspectors_are_on_site_is_refused_saying_the_visit_must_end_first() {
        givenSch(VisitStatus.ON_SITE)
                .when(qaSubmission(null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_ENDED))
                .expectExceptionMessage(allOf(containsString("ON_SITE"), containsString("after the visit has ended")))
                .expectNoEvents();
    }

    @Test
    void submitting_for_qa_on_a_visit_only_announced_is_refused() {
        givenRss(VisitStatus.ANNOUNCED)
                .when(qaSubmission(null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_ENDED))
                .expectNoEvents();
    }

    @Test
    void submitting_for_qa_twice_is_refused() {
        givenRss(VisitStatus.IN_QA)
                .when(qaSubmission(null))
                .expectException(refusedBecause(Refusal.REPORT_ALREADY_SUBMITTED_FOR_QA))
                .expectNoEvents();
    }

    @Test
    void qa_submitted_after_the_next_working_day_meets_the_deadline_late() {
        Instant submitted = Instant.parse("2025-04-23T09:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(submitted)
                .when(qaSubmission(null))
                .expectEvents(new ReportSubmittedForQa(VISIT, submitted),
                        met(QA_SUBMISSION, Instant.parse("2025-04-22T22:59:59Z"), true, submitted));
    }

    // ---------------------------------------------------------------- draft

    @Test
    void sending_the_draft_before_the_report_was_submitted_for_qa_is_refused() {
        givenRss(VisitStatus.VISIT_ENDED)
                .when(draftReport(null))
                .expectException(refusedBecause(Refusal.REPORT_NOT_IN_QA))
                .expectNoEvents();
    }

    @Test
    void sending_the_draft_twice_is_refused() {
        givenSch(VisitStatus.DRAFT_SENT)
                .when(draftReport(null))
                .expectException(refusedBecause(Refusal.DRAFT_ALREADY_SENT))
                .expectNoEvents();
    }

    @Test
    void sending_the_draft_again_after_the_provider_commented_is_refused() {
        givenSch(VisitStatus.COMMENTS_RECEIVED)
                .when(draftReport(null))
                .expectException(refusedBecause(Refusal.DRAFT_ALREADY_SENT))
                .expectNoEvents();
    }

    @Test
    void draft_sent_after_the_18th_working_day_is_late_and_the_comment_window_skips_the_spring_bank_holiday() {
        Instant sent = Instant.parse("2025-05-19T10:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.IN_QA).events())
                .andGivenCurrentTime(sent)
                .when(draftReport(null))
                .expectEvents(new DraftReportSent(VISIT, sent),
                        met(DRAFT_REPORT, Instant.parse("2025-05-16T22:59:59Z"), true, sent),
                        // 20, 21, 22, 23 May, (26 May bank holiday), 27 May
                        scheduled(RSS, PROVIDER_COMMENTS, DeadlineOwner.PROVIDER,
                                Instant.parse("2025-05-27T22:59:59Z"), sent))
                .expectScheduledDeadline(Instant.parse("2025-05-27T22:59:59Z"), due(PROVIDER_COMMENTS));
    }

    // ---------------------------------------------------------------- provider comments

    @Test
    void provider_comments_before_the_draft_was_sent_are_refused() {
        givenSch(VisitStatus.IN_QA)
                .when(providerComments(null))
                .expectException(refusedBecause(Refusal.DRAFT_NOT_SENT))
                .expectNoEvents();
    }

    @Test
    void provider_comments_are_recorded_once() {
        givenSch(VisitStatus.COMMENTS_RECEIVED)
                .when(providerComments(null))
                .expectException(refusedBecause(Refusal.COMMENTS_ALREADY_RECEIVED))
                .expectNoEvents();
    }

    @Test
    void provider_comments_after_the_final_report_are_refused() {
        givenSch(VisitStatus.FINAL_SENT)
                .when(providerComments(null))
                .expectException(refusedBecause(Refusal.FINAL_REPORT_ALREADY_SENT))
                .expectNoEvents();
    }

    @Test
    void provider_comments_after_their_window_lapsed_but_before_the_final_report_meet_the_deadline_late() {
        Instant received = Instant.parse("2025-05-22T09:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.DRAFT_SENT).commentWindowLapsed().events())
                .andGivenCurrentTime(received)
                .when(providerComments(null))
                .expectEvents(new ProviderCommentsReceived(VISIT, COMMENTS, received),
                        met(PROVIDER_COMMENTS, Instant.parse("2025-05-21T22:59:59Z"), true, received));
    }

    // ---------------------------------------------------------------- final report

    @Test
    void the_final_report_before_the_draft_is_refused() {
        givenSch(VisitStatus.IN_QA)
                .when(finalReport(null))
                .expectException(refusedBecause(Refusal.DRAFT_NOT_SENT))
                .expectNoEvents();
    }

    @Test
    void the_final_report_while_the_comment_window_is_still_open_is_refused() {
        // SCH draft sent 2025-01-10; the provider may comment until the end of 2025-01-17
        fixture.given(schVisitAt(VisitStatus.DRAFT_SENT).events())
                .andGivenCurrentTime(Instant.parse("2025-01-17T16:00:00Z"))
                .when(finalReport(null))
                .expectException(refusedBecause(Refusal.COMMENT_WINDOW_OPEN))
                .expectExceptionMessage(containsString("2025-01-17T23:59:59Z"))
                .expectNoEvents();
    }

    /** Under RSS rulebook version 2 the comment period was a duty, missed when the provider stayed silent. */
    @Test
    void the_final_report_after_the_comment_window_lapsed_without_comments_is_accepted_and_records_the_miss() {
        Instant sent = Instant.parse("2025-05-22T10:00:00Z");
        fixture.given(visitUnder("2", RSS_EASTER_2025, VisitStatus.DRAFT_SENT).events())
                .andGivenCurrentTime(sent)
                .when(finalReportWithoutChildFriendlySummary(null))
                .expectEvents(
                        missed(PROVIDER_COMMENTS, Instant.parse("2025-05-21T22:59:59Z")),
                        new FinalReportSent(VISIT, REQUIREMENTS, RECOMMENDATIONS, false, false, sent),
                        met(FINAL_REPORT, Instant.parse("2025-06-04T22:59:59Z"), false, sent),
                        scheduled(RSS, COMPLAINT_WINDOW, DeadlineOwner.PROVIDER,
                                Instant.parse("2025-05-30T22:59:59Z"), sent),
                        new NotificationRequired(VISIT, "N-3", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                POST_VISIT_SURVEY, Instant.parse("2025-05-22T22:59:59Z"), sent));
    }


    /** Rule REPORT-COMMENTS-DUE from version 3: the silent provider's window ran its course; nothing is missed. */
    @Test
    void the_final_report_after_a_silent_comment_window_records_the_window_run_its_course() {
        Instant sent = Instant.parse("2025-05-22T10:00:00Z");
        Instant commentsDue = Instant.parse("2025-05-21T22:59:59Z");
        fixture.given(rssVisitAt(VisitStatus.DRAFT_SENT).events())
                .andGivenCurrentTime(sent)
                .when(rssFinalReport(null))
                .expectEventsMatching(allOf(
                        anEvent(DeadlineMet.class, "PROVIDER_COMMENTS run its course",
                                e -> e.equals(met(PROVIDER_COMMENTS, commentsDue, false, commentsDue))),
                        anEvent(FinalReportSent.class, "sent", e -> e.occurredAt().equals(sent))));
    }
    @Test
    void a_comment_window_already_recorded_missed_is_not_recorded_missed_again_at_the_final_report() {
        Instant sent = Instant.parse("2025-05-22T10:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.DRAFT_SENT).commentWindowLapsed().events())
                .andGivenCurrentTime(sent)
                .when(rssFinalReport(null))
                .expectEventsMatching(eventTypes(FinalReportSent.class, DeadlineMet.class, DeadlineScheduled.class,
                        NotificationRequired.class));
    }

    @Test
    void sending_the_final_report_twice_is_refused() {
        givenSch(VisitStatus.FINAL_SENT)
                .when(finalReport(null))
                .expectException(refusedBecause(Refusal.FINAL_REPORT_ALREADY_SENT))
                .expectNoEvents();
    }

    @Test
    void sending_the_final_report_after_publication_is_refused() {
        givenRss(VisitStatus.PUBLISHED)
                .when(finalReport(null))
                .expectException(refusedBecause(Refusal.FINAL_REPORT_ALREADY_SENT))
                .expectNoEvents();
    }

    @Test
    void an_sch_final_report_without_a_child_friendly_summary_is_invalid() {
        givenSch(VisitStatus.COMMENTS_RECEIVED)
                .when(finalReportWithoutChildFriendlySummary(null))
                .expectException(invalid("childFriendlySummaryIncluded"))
                .expectNoEvents();
    }

    @Test
    void an_invalid_sch_final_report_after_the_comment_window_records_nothing_not_even_the_missed_comments() {
        fixture.given(schVisitAt(VisitStatus.DRAFT_SENT).events())
                .andGivenCurrentTime(Instant.parse("2025-01-20T10:00:00Z"))
                .when(finalReportWithoutChildFriendlySummary(null))
                .expectException(invalid("childFriendlySummaryIncluded"))
                .expectNoEvents();
    }

    @Test
    void an_sch_child_friendly_summary_may_be_flagged_as_needing_an_adapted_format() {
        Instant sent = SCH_DECEMBER_2024.finalSent();
        fixture.given(schVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(sent)
                .when(new SendFinalReport(VISIT, null, REQUIREMENTS, RECOMMENDATIONS, true, true, null))
                .expectEventsMatching(anEvent(FinalReportSent.class, "with an adapted child-friendly summary",
                        e -> e.equals(new FinalReportSent(VISIT, REQUIREMENTS, RECOMMENDATIONS, true, true, sent))));
    }

    @Test
    void a_final_report_after_the_30th_working_day_meets_its_deadline_late() {
        Instant sent = Instant.parse("2025-06-05T09:00:00Z");
        fixture.given(rssVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(sent)
                .when(rssFinalReport(null))
                .expectEventsMatching(anEvent(DeadlineMet.class, "FINAL_REPORT met late",
                        e -> e.equals(met(FINAL_REPORT, Instant.parse("2025-06-04T22:59:59Z"), true, sent))));
    }

    // ---------------------------------------------------------------- publication

    @Test
    void publishing_before_the_final_report_is_refused() {
        givenSch(VisitStatus.COMMENTS_RECEIVED)
                .when(publication(null))
                .expectException(refusedBecause(Refusal.FINAL_REPORT_NOT_SENT))
                .expectExceptionMessage(allOf(containsString("COMMENTS_RECEIVED"),
                        containsString("after the final report was sent")))
                .expectNoEvents();
    }

    @Test
    void publishing_twice_is_refused() {
        givenSch(VisitStatus.PUBLISHED)
                .when(publication(null))
                .expectException(refusedBecause(Refusal.ALREADY_PUBLISHED))
                .expectNoEvents();
    }

    @Test
    void publishing_after_the_38th_working_day_is_late_and_closes_a_visit_whose_complaint_window_is_over() {
        Instant published = Instant.parse("2025-02-14T09:00:00Z");
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).complaintWindowLapsed().events())
                .andGivenCurrentTime(published)
                .when(publication(null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, published),
                        met(PUBLICATION, Instant.parse("2025-02-13T23:59:59Z"), true, published),
                        new VisitClosed(VISIT, published));
    }
}
