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
 * Every successful transition of an SCH assurance visit, announcement to CLOSED, on the test vector
 * (rule TIME-TEST-VECTORS) "start 2024-12-16, 3 days": visit end 2024-12-18, QA 2024-12-19, draft 2025-01-16, final
 * 2025-02-03, publication 2025-02-13. All in GMT, so the end of a London day is 23:59:59Z.
 */
class SchAssuranceLifecycleTest {

    private static final VisitType SCH = VisitType.SCH_ASSURANCE;
    private static final Timeline T = SCH_DECEMBER_2024;
    private static final Instant ANNEX_A_DUE = Instant.parse("2024-12-16T13:00:00Z");
    private static final Instant QA_DUE = Instant.parse("2024-12-19T23:59:59Z");
    private static final Instant DRAFT_DUE = Instant.parse("2025-01-16T23:59:59Z");
    private static final Instant FINAL_DUE = Instant.parse("2025-02-03T23:59:59Z");
    private static final Instant PUBLICATION_DUE = Instant.parse("2025-02-13T23:59:59Z");
    /** Draft sent Friday 2025-01-10: five working days are 13-17 January. */
    private static final Instant COMMENTS_DUE = Instant.parse("2025-01-17T23:59:59Z");
    /** Final sent Wednesday 2025-01-29: five working days are 30, 31 January and 3, 4, 5 February. */
    private static final Instant COMPLAINT_WINDOW_ENDS = Instant.parse("2025-02-05T23:59:59Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void sch_announcement_requests_annex_a_with_the_five_extra_items_by_13_00_and_the_arrangements_letter() {
        fixture.givenCurrentTime(T.announced().plusSeconds(120))
                .when(announce(SCH, T.announced()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new VisitAnnounced(VISIT, SCH, "4", PROVIDER, "Jo Smith", List.of("Sam Lee"),
                                List.of("Kent", "Medway"), 3, LocalDate.of(2024, 12, 18), null, null, T.announced()),
                        new AnnexARequested(VISIT, List.of("Annex A",
                                "Records of safeguarding concerns, with actions taken and outcome",
                                "Significant incidents, including security concerns and serious self-harm",
                                "Periods of isolation (not 14-day admission isolation)",
                                "Complaints",
                                "Outcome of notifications"), ANNEX_A_DUE, T.announced()),
                        new DeadlineScheduled(VISIT, "ANNEX_A_RETURN", ANNEX_A_RETURN, DeadlineOwner.PROVIDER, ANNEX_A_DUE,
                                "seed 001: completed Annex A due by 13:00 on the day of the announcement; project rule: by 13:00 on "
                                        + "the next working day when the visit is announced at or after 13:00", T.announced()),
                        new NotificationRequired(VISIT, "N-1", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                ANNOUNCEMENT_LETTER, Instant.parse("2024-12-16T23:59:59Z"), T.announced()))
                .expectScheduledDeadline(ANNEX_A_DUE, due(ANNEX_A_RETURN));
    }

    @Test
    void annex_a_returned_before_13_00_meets_its_deadline_on_time() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(T.annexAReturned())
                .when(annexAReturned(null))
                .expectEvents(new AnnexAReturned(VISIT, T.annexAReturned()),
                        met(ANNEX_A_RETURN, ANNEX_A_DUE, false, T.annexAReturned()));
    }

    @Test
    void inspectors_arriving_put_the_visit_on_site() {
        VisitHistory history = schVisitAt(VisitStatus.ANNOUNCED).annexAReturned(T.annexAReturned());
        fixture.given(history.events())
                .andGivenCurrentTime(T.arrived())
                .when(arrival(null))
                .expectEvents(new InspectorsArrivedOnSite(VISIT, T.arrived()))
                .expectResultMessagePayload(new CommandOutcome(history.version() + 1, null));
    }

    @Test
    void verbal_feedback_on_2024_12_18_ends_the_visit_and_starts_qa_draft_final_and_publication_clocks() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(T.feedback())
                .when(feedback(null))
                .expectEvents(
                        new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, T.feedback()),
                        new VisitEnded(VISIT, LocalDate.of(2024, 12, 18), T.feedback()),
                        scheduled(SCH, QA_SUBMISSION, DeadlineOwner.LEAD_INSPECTOR, QA_DUE, T.feedback()),
                        scheduled(SCH, DRAFT_REPORT, DeadlineOwner.INSPECTORATE, DRAFT_DUE, T.feedback()),
                        scheduled(SCH, FINAL_REPORT, DeadlineOwner.INSPECTORATE, FINAL_DUE, T.feedback()),
                        scheduled(SCH, PUBLICATION, DeadlineOwner.INSPECTORATE, PUBLICATION_DUE, T.feedback()))
                .expectScheduledDeadline(QA_DUE, due(QA_SUBMISSION))
                .expectScheduledDeadline(DRAFT_DUE, due(DRAFT_REPORT))
                .expectScheduledDeadline(FINAL_DUE, due(FINAL_REPORT))
                .expectScheduledDeadline(PUBLICATION_DUE, due(PUBLICATION));
    }

    @Test
    void report_submitted_for_qa_on_2024_12_19_meets_the_qa_deadline() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(T.qa())
                .when(qaSubmission(null))
                .expectEvents(new ReportSubmittedForQa(VISIT, T.qa()),
                        met(QA_SUBMISSION, QA_DUE, false, T.qa()))
                .expectNoScheduledDeadlines();
    }

    @Test
    void draft_sent_meets_the_draft_deadline_and_gives_the_provider_five_working_days_to_comment() {
        fixture.given(schVisitAt(VisitStatus.IN_QA).events())
                .andGivenCurrentTime(T.draft())
                .when(draftReport(null))
                .expectEvents(new DraftReportSent(VISIT, T.draft()),
                        met(DRAFT_REPORT, DRAFT_DUE, false, T.draft()),
                        scheduled(SCH, PROVIDER_COMMENTS, DeadlineOwner.PROVIDER, COMMENTS_DUE, T.draft()))
                .expectScheduledDeadline(COMMENTS_DUE, due(PROVIDER_COMMENTS));
    }

    @Test
    void provider_comments_within_the_window_meet_the_comments_deadline() {
        fixture.given(schVisitAt(VisitStatus.DRAFT_SENT).events())
                .andGivenCurrentTime(T.comments())
                .when(providerComments(null))
                .expectEvents(new ProviderCommentsReceived(VISIT, COMMENTS, T.comments()),
                        met(PROVIDER_COMMENTS, COMMENTS_DUE, false, T.comments()));
    }

    @Test
    void final_report_with_child_friendly_summary_meets_its_deadline_opens_the_complaint_window_and_requires_the_survey() {
        fixture.given(schVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(T.finalSent())
                .when(finalReport(null))
                .expectEvents(
                        new FinalReportSent(VISIT, REQUIREMENTS, RECOMMENDATIONS, true, false, T.finalSent()),
                        met(FINAL_REPORT, FINAL_DUE, false, T.finalSent()),
                        scheduled(SCH, COMPLAINT_WINDOW, DeadlineOwner.PROVIDER, COMPLAINT_WINDOW_ENDS, T.finalSent()),
                        new NotificationRequired(VISIT, "N-2", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                POST_VISIT_SURVEY, Instant.parse("2025-01-29T23:59:59Z"), T.finalSent()))
                .expectScheduledDeadline(COMPLAINT_WINDOW_ENDS, due(COMPLAINT_WINDOW));
    }

    @Test
    void publishing_inside_the_complaint_window_meets_the_publication_deadline_but_does_not_close_the_visit() {
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).events())
                .andGivenCurrentTime(T.published())
                .when(publication(null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, T.published()),
                        met(PUBLICATION, PUBLICATION_DUE, false, T.published()));
    }

    @Test
    void the_complaint_window_running_out_after_publication_closes_the_visit_at_the_end_of_the_window() {
        fixture.given(schVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(T.published())
                .andGivenCommands(finalReport(T.finalSent()), publication(null))
                .whenThenTimeAdvancesTo(COMPLAINT_WINDOW_ENDS.plusSeconds(1))
                .expectEvents(met(COMPLAINT_WINDOW, COMPLAINT_WINDOW_ENDS, false, COMPLAINT_WINDOW_ENDS),
                        new VisitClosed(VISIT, COMPLAINT_WINDOW_ENDS))
                .expectTriggeredDeadlines(due(COMPLAINT_WINDOW));
    }
}
