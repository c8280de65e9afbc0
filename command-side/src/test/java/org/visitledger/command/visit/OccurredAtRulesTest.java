package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.*;

/**
 * Each act may carry occurredAt (when it happened in the world); default now; not more than 5 minutes in the future
 * (clock skew) nor before the previous milestone. A back-dated act whose deadline has already passed records the
 * miss at once.
 */
class OccurredAtRulesTest {

    private static final Instant NOW = Instant.parse("2024-12-16T09:30:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void an_announcement_more_than_5_minutes_in_the_future_is_refused() {
        fixture.givenCurrentTime(NOW)
                .when(announce(VisitType.SCH_ASSURANCE, NOW.plusSeconds(301)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void an_announcement_up_to_5_minutes_ahead_is_accepted_as_clock_skew() {
        Instant ahead = NOW.plusSeconds(300);
        fixture.givenCurrentTime(NOW)
                .when(announce(VisitType.SCH_ASSURANCE, ahead))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(anEvent(VisitAnnounced.class, "at " + ahead, e -> e.occurredAt().equals(ahead)));
    }

    @Test
    void a_later_act_more_than_5_minutes_in_the_future_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(NOW)
                .when(arrival(NOW.plusSeconds(360)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void occurred_at_defaults_to_now() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(NOW)
                .when(arrival(null))
                .expectEvents(new InspectorsArrivedOnSite(VISIT, NOW));
    }

    @Test
    void the_0902_call_recorded_at_0930_keeps_when_it_happened() {
        Instant call = Instant.parse("2024-12-16T09:02:00Z");
        fixture.givenCurrentTime(NOW)
                .when(announce(VisitType.SCH_ASSURANCE, call))
                .expectEventsMatching(allOf(
                        anEvent(VisitAnnounced.class, "at 09:02", e -> e.occurredAt().equals(call)),
                        anEvent(DeadlineScheduled.class, "started at 09:02, due 13:00",
                                e -> e.occurredAt().equals(call)
                                        && e.dueAt().equals(Instant.parse("2024-12-16T13:00:00Z")))))
                .expectScheduledDeadline(Instant.parse("2024-12-16T13:00:00Z"), due(ANNEX_A_RETURN));
    }

    @Test
    void an_arrival_before_the_announcement_is_refused() {
        Timeline t = SCH_DECEMBER_2024;
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(NOW)
                .when(arrival(t.announced().minusSeconds(60)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void a_qa_submission_dated_before_the_visit_ended_is_refused() {
        Timeline t = SCH_DECEMBER_2024;
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(t.qa())
                .when(qaSubmission(t.feedback().minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void publication_dated_before_the_final_report_is_refused() {
        Timeline t = RSS_EASTER_2025;
        fixture.given(rssVisitAt(VisitStatus.FINAL_SENT).events())
                .andGivenCurrentTime(t.published())
                .when(publication(t.finalSent().minusSeconds(3600)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void an_act_at_the_same_instant_as_the_previous_milestone_is_accepted() {
        Timeline t = SCH_DECEMBER_2024;
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(t.qa())
                .when(qaSubmission(t.feedback()))
                .expectEvents(new ReportSubmittedForQa(VISIT, t.feedback()),
                        met(QA_SUBMISSION, Instant.parse("2024-12-19T23:59:59Z"), false, t.feedback()));
    }

    @Test
    void a_back_dated_announcement_whose_annex_a_due_time_has_passed_records_the_miss_at_once() {
        Instant call = Instant.parse("2025-04-16T08:30:00Z");
        Instant annexADue = Instant.parse("2025-04-16T13:00:00Z");
        fixture.givenCurrentTime(Instant.parse("2025-04-16T15:00:00Z"))
                .when(announce(VisitType.RSS_ASSURANCE, call))
                .expectEvents(
                        new VisitAnnounced(VISIT, VisitType.RSS_ASSURANCE, "4", PROVIDER, "Jo Smith", List.of("Sam Lee"),
                                List.of("Kent", "Medway"), 2, LocalDate.of(2025, 4, 17), null, null, call),
                        new AnnexARequested(VISIT, List.of("Annex A"), annexADue, call),
                        scheduled(VisitType.RSS_ASSURANCE, ANNEX_A_RETURN, DeadlineOwner.PROVIDER, annexADue, call),
                        missed(ANNEX_A_RETURN, annexADue),
                        new NotificationRequired(VISIT, "N-1", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                ANNOUNCEMENT_LETTER, Instant.parse("2025-04-16T22:59:59Z"), call),
                        new NotificationRequired(VISIT, "N-2", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                PARENTS_EMAIL, Instant.parse("2025-04-16T22:59:59Z"), call))
                .expectNoScheduledDeadlines();
    }

    @Test
    void annex_a_returned_after_a_back_dated_announcement_recorded_its_miss_is_met_late() {
        Instant returned = Instant.parse("2025-04-16T15:10:00Z");
        fixture.given(VisitHistory.announced(VisitType.RSS_ASSURANCE, Instant.parse("2025-04-16T08:30:00Z"))
                        .annexAMissed().events())
                .andGivenCurrentTime(returned)
                .when(annexAReturned(null))
                .expectEvents(new AnnexAReturned(VISIT, returned),
                        met(ANNEX_A_RETURN, Instant.parse("2025-04-16T13:00:00Z"), true, returned));
    }

    @Test
    void feedback_recorded_after_the_qa_due_time_records_the_qa_deadline_missed_at_once() {
        Timeline t = SCH_DECEMBER_2024;
        VisitType sch = VisitType.SCH_ASSURANCE;
        Instant qaDue = Instant.parse("2024-12-19T23:59:59Z");
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(Instant.parse("2024-12-20T09:00:00Z"))
                .when(feedback(t.feedback()))
                .expectEvents(
                        new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, t.feedback()),
                        new VisitEnded(VISIT, LocalDate.of(2024, 12, 18), t.feedback()),
                        scheduled(sch, QA_SUBMISSION, DeadlineOwner.LEAD_INSPECTOR, qaDue, t.feedback()),
                        missed(QA_SUBMISSION, qaDue),
                        scheduled(sch, DRAFT_REPORT, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2025-01-16T23:59:59Z"), t.feedback()),
                        scheduled(sch, FINAL_REPORT, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2025-02-03T23:59:59Z"), t.feedback()),
                        scheduled(sch, PUBLICATION, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2025-02-13T23:59:59Z"), t.feedback()))
                .expectNoScheduledDeadline(qaDue, due(QA_SUBMISSION))
                .expectScheduledDeadline(Instant.parse("2025-01-16T23:59:59Z"), due(DRAFT_REPORT));
    }
}
