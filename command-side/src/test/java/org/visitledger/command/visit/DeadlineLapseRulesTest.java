package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.*;

/**
 * When a due time passes the deadline manager wakes the visit: an unmet duty is recorded missed (at its due time),
 * a met or cancelled one records nothing, and the COMPLAINT_WINDOW, a window rather than a duty, is recorded as
 * having run its course, closing a published visit with no open complaint. The deadlines are scheduled by given
 * commands so that the fixture's deadline manager holds them.
 */
class DeadlineLapseRulesTest {

    private static final Timeline RSS = RSS_EASTER_2025;
    private static final Timeline SCH = SCH_DECEMBER_2024;
    private static final Instant RSS_ANNEX_A_DUE = Instant.parse("2025-04-16T13:00:00Z");
    private static final Instant RSS_QA_DUE = Instant.parse("2025-04-22T22:59:59Z");
    private static final Instant SCH_COMMENTS_DUE = Instant.parse("2025-01-17T23:59:59Z");
    private static final Instant SCH_WINDOW_ENDS = Instant.parse("2025-02-05T23:59:59Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void annex_a_not_returned_by_14_00_is_recorded_missed_at_its_due_time() {
        fixture.givenCurrentTime(RSS.announced())
                .andGivenCommands(announce(VisitType.RSS_ASSURANCE, null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-04-16T15:00:00Z"))
                .expectEvents(missed(ANNEX_A_RETURN, RSS_ANNEX_A_DUE))
                .expectTriggeredDeadlines(due(ANNEX_A_RETURN));
    }

    @Test
    void annex_a_lapse_is_also_recorded_when_time_elapses_by_a_duration() {
        fixture.givenCurrentTime(RSS.announced())
                .andGivenCommands(announce(VisitType.RSS_ASSURANCE, null))
                .whenTimeElapses(Duration.ofHours(5))
                .expectEvents(missed(ANNEX_A_RETURN, RSS_ANNEX_A_DUE));
    }

    @Test
    void nothing_is_recorded_before_the_due_time_passes() {
        fixture.givenCurrentTime(RSS.announced())
                .andGivenCommands(announce(VisitType.RSS_ASSURANCE, null))
                .whenThenTimeAdvancesTo(RSS_ANNEX_A_DUE.minusSeconds(1))
                .expectNoEvents()
                .expectTriggeredDeadlines()
                .expectScheduledDeadline(RSS_ANNEX_A_DUE, due(ANNEX_A_RETURN));
    }

    @Test
    void a_met_annex_a_deadline_records_nothing_when_its_due_time_passes() {
        fixture.givenCurrentTime(RSS.announced())
                .andGivenCommands(announce(VisitType.RSS_ASSURANCE, null), annexAReturned(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-04-16T15:00:00Z"))
                .expectTriggeredDeadlines(due(ANNEX_A_RETURN))
                .expectNoEvents();
    }

    @Test
    void an_unfulfilled_further_information_request_is_recorded_missed() {
        Instant requested = Instant.parse("2024-12-16T12:45:00Z");
        Instant dueAt = Instant.parse("2024-12-17T12:00:00Z");
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).annexAReturned(SCH.annexAReturned()).events())
                .andGivenCurrentTime(requested)
                .andGivenCommands(furtherInformationRequest(dueAt, null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-12-17T18:00:00Z"))
                .expectEvents(new DeadlineMissed(VISIT, "FURTHER_INFORMATION:FI-1", FURTHER_INFORMATION, dueAt, dueAt))
                .expectTriggeredDeadlines(new DeadlineDue("FURTHER_INFORMATION:FI-1"));
    }

    @Test
    void a_fulfilled_further_information_request_records_nothing_when_its_due_time_passes() {
        Instant requested = Instant.parse("2024-12-16T12:45:00Z");
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).annexAReturned(SCH.annexAReturned()).events())
                .andGivenCurrentTime(requested)
                .andGivenCommands(furtherInformationRequest(Instant.parse("2024-12-17T12:00:00Z"), null),
                        furtherInformationReceived("FI-1", null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-12-17T18:00:00Z"))
                .expectTriggeredDeadlines(new DeadlineDue("FURTHER_INFORMATION:FI-1"))
                .expectNoEvents();
    }

    @Test
    void qa_not_submitted_by_the_end_of_the_next_working_day_is_recorded_missed_and_the_others_stay_scheduled() {
        fixture.given(rssVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(RSS.feedback())
                .andGivenCommands(feedback(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-04-23T09:00:00Z"))
                .expectEvents(missed(QA_SUBMISSION, RSS_QA_DUE))
                .expectTriggeredDeadlines(due(QA_SUBMISSION))
                .expectScheduledDeadline(Instant.parse("2025-05-16T22:59:59Z"), due(DRAFT_REPORT));
    }

    @Test
    void a_qa_submission_on_time_records_nothing_when_its_due_time_passes() {
        fixture.given(rssVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(RSS.feedback())
                .andGivenCommands(feedback(null), qaSubmission(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-04-23T09:00:00Z"))
                .expectTriggeredDeadlines(due(QA_SUBMISSION))
                .expectNoEvents();
    }

    @Test
    void a_visit_left_alone_after_feedback_misses_qa_draft_final_and_publication_in_turn() {
        fixture.given(rssVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(RSS.feedback())
                .andGivenCommands(feedback(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-06-20T00:00:00Z"))
                .expectEvents(missed(QA_SUBMISSION, RSS_QA_DUE),
                        missed(DRAFT_REPORT, Instant.parse("2025-05-16T22:59:59Z")),
                        missed(FINAL_REPORT, Instant.parse("2025-06-04T22:59:59Z")),
                        missed(PUBLICATION, Instant.parse("2025-06-16T22:59:59Z")));
    }

    /** Under SCH rulebook version 2 the comment period was a duty of the provider's, missed when silent. */
    @Test
    void the_provider_comment_window_lapsing_without_comments_is_recorded_missed_under_version_2() {
        fixture.given(visitUnder("2", SCH, VisitStatus.IN_QA).events())
                .andGivenCurrentTime(SCH.draft())
                .andGivenCommands(draftReport(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-01-20T09:00:00Z"))
                .expectEvents(missed(PROVIDER_COMMENTS, SCH_COMMENTS_DUE))
                .expectTriggeredDeadlines(due(PROVIDER_COMMENTS));
    }

    /** Rule REPORT-COMMENTS-DUE from version 3: a silent provider is not late; its window runs its course. */
    @Test
    void a_silent_providers_comment_window_runs_its_course_and_is_not_missed() {
        fixture.given(schVisitAt(VisitStatus.IN_QA).events())
                .andGivenCurrentTime(SCH.draft())
                .andGivenCommands(draftReport(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-01-20T09:00:00Z"))
                .expectEvents(met(PROVIDER_COMMENTS, SCH_COMMENTS_DUE, false, SCH_COMMENTS_DUE))
                .expectTriggeredDeadlines(due(PROVIDER_COMMENTS));
    }

    /** Rule REPORT-COMMENTS-DUE, MONITORING rulebook version 2: the comment period is a window there too. */
    @Test
    void a_silent_providers_comment_window_on_a_monitoring_visit_runs_its_course_from_version_2() {
        Instant due = Instant.parse("2025-02-27T23:59:59Z");
        fixture.given(monitoringVisitAt(VisitStatus.IN_QA).events())
                .andGivenCurrentTime(MONITORING_FEBRUARY_2025.draft())
                .andGivenCommands(draftReport(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-03-01T09:00:00Z"))
                .expectEvents(met(PROVIDER_COMMENTS, due, false, due))
                .expectTriggeredDeadlines(due(PROVIDER_COMMENTS));
    }

    /** Under MONITORING version 1 it was still a duty, missed when the provider stayed silent. */
    @Test
    void a_silent_providers_comment_window_on_a_monitoring_visit_is_missed_under_version_1() {
        Instant due = Instant.parse("2025-02-27T23:59:59Z");
        fixture.given(visitUnder("1", MONITORING_FEBRUARY_2025, VisitStatus.IN_QA).events())
                .andGivenCurrentTime(MONITORING_FEBRUARY_2025.draft())
                .andGivenCommands(draftReport(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-03-01T09:00:00Z"))
                .expectEvents(missed(PROVIDER_COMMENTS, due))
                .expectTriggeredDeadlines(due(PROVIDER_COMMENTS));
    }

    @Test
    void the_complaint_window_running_out_after_publication_is_met_and_closes_the_visit() {
        fixture.given(schVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(SCH.published())
                .andGivenCommands(finalReport(SCH.finalSent()), publication(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-02-06T09:00:00Z"))
                .expectEvents(met(COMPLAINT_WINDOW, SCH_WINDOW_ENDS, false, SCH_WINDOW_ENDS),
                        new VisitClosed(VISIT, SCH_WINDOW_ENDS));
    }

    @Test
    void the_complaint_window_running_out_before_publication_is_met_but_the_visit_stays_open() {
        fixture.given(schVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(SCH.finalSent())
                .andGivenCommands(finalReport(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-02-06T09:00:00Z"))
                .expectEvents(met(COMPLAINT_WINDOW, SCH_WINDOW_ENDS, false, SCH_WINDOW_ENDS))
                .expectTriggeredDeadlines(due(COMPLAINT_WINDOW));
    }

    @Test
    void a_complaint_open_when_the_window_runs_out_keeps_the_published_visit_open() {
        fixture.given(schVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(SCH.published())
                .andGivenCommands(finalReport(SCH.finalSent()), publication(null), complaint(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-02-06T09:00:00Z"))
                .expectEvents(met(COMPLAINT_WINDOW, SCH_WINDOW_ENDS, false, SCH_WINDOW_ENDS));
    }

    @Test
    void a_complaint_resolved_before_the_window_runs_out_lets_the_visit_close_at_the_end_of_the_window() {
        fixture.given(schVisitAt(VisitStatus.COMMENTS_RECEIVED).events())
                .andGivenCurrentTime(SCH.published())
                .andGivenCommands(finalReport(SCH.finalSent()), publication(null), complaint(null),
                        resolution("C-1", null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-02-06T09:00:00Z"))
                .expectEvents(met(COMPLAINT_WINDOW, SCH_WINDOW_ENDS, false, SCH_WINDOW_ENDS),
                        new VisitClosed(VISIT, SCH_WINDOW_ENDS));
    }

    @Test
    void deadlines_of_a_withdrawn_visit_record_nothing_when_their_due_time_passes() {
        fixture.givenCurrentTime(RSS.announced())
                .andGivenCommands(announce(VisitType.RSS_ASSURANCE, null), withdrawal(null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-04-16T15:00:00Z"))
                .expectTriggeredDeadlines(due(ANNEX_A_RETURN))
                .expectNoEvents();
    }

    @Test
    void the_la_notification_and_then_the_case_review_are_recorded_missed_when_left_undone() {
        // a serious concern raised on Friday 20 December 2024, after the visit ended
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(Instant.parse("2024-12-20T10:00:00Z"))
                .andGivenCommands(concern(ConcernCategory.SERIOUS, null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-01-01T09:00:00Z"))
                .expectEvents(missed(LA_NOTIFICATION, Instant.parse("2024-12-23T23:59:59Z")),
                        missed(CASE_REVIEW, Instant.parse("2024-12-31T23:59:59Z")))
                .expectTriggeredDeadlines(due(LA_NOTIFICATION), due(CASE_REVIEW));
    }

    @Test
    void a_monitoring_visit_not_commissioned_within_8_weeks_of_the_last_day_is_recorded_missed() {
        fixture.given(endedWithSeriousConcerns(SCH).debriefHeld(Instant.parse("2024-12-19T10:00:00Z")).events())
                .andGivenCurrentTime(Instant.parse("2024-12-23T14:00:00Z"))
                .andGivenCommands(caseReview(List.of(CaseReviewDecision.MONITORING_VISIT), null))
                .whenThenTimeAdvancesTo(Instant.parse("2025-02-13T09:00:00Z"))
                .expectEvents(missed(MONITORING_VISIT, Instant.parse("2025-02-12T23:59:59Z")))
                .expectTriggeredDeadlines(due(MONITORING_VISIT));
    }

    @Test
    void deadlines_of_a_deferred_visit_record_nothing_when_their_due_time_passes() {
        fixture.givenCurrentTime(SCH.announced())
                .andGivenCommands(announce(VisitType.SCH_ASSURANCE, null), deferralRequest(null),
                        deferralDecision(true, null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-12-16T15:00:00Z"))
                .expectTriggeredDeadlines(due(ANNEX_A_RETURN))
                .expectNoEvents();
    }

    @Test
    void deadlines_of_a_visit_ended_incomplete_record_nothing_when_their_due_time_passes() {
        fixture.givenCurrentTime(SCH.announced())
                .andGivenCommands(announce(VisitType.SCH_ASSURANCE, null), pause(null), pauseAdvice(null),
                        incomplete(null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-12-16T15:00:00Z"))
                .expectTriggeredDeadlines(due(ANNEX_A_RETURN))
                .expectNoEvents();
    }
}
