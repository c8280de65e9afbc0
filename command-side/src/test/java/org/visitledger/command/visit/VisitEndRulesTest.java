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
 * Arrival on site and verbal feedback, which ends the visit and starts the report clocks, counted in working days
 * from the actual last day (rules VISIT-ARRIVAL, VISIT-END-AT-FEEDBACK, TIME-TEST-VECTORS).
 */
class VisitEndRulesTest {

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void sch_visit_ending_on_christmas_eve_2026_counts_its_deadlines_past_christmas_and_new_year() {
        VisitType sch = VisitType.SCH_ASSURANCE;
        Instant feedbackAt = Instant.parse("2026-12-24T12:00:00Z");
        VisitHistory onSite = VisitHistory.announced(sch, Instant.parse("2026-12-22T09:00:00Z"))
                .annexAReturned(Instant.parse("2026-12-22T11:00:00Z"))
                .arrived(Instant.parse("2026-12-22T13:00:00Z"));
        fixture.given(onSite.events())
                .andGivenCurrentTime(feedbackAt)
                .when(feedback(null))
                .expectEvents(
                        new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, feedbackAt),
                        new VisitEnded(VISIT, LocalDate.of(2026, 12, 24), feedbackAt),
                        scheduled(sch, QA_SUBMISSION, DeadlineOwner.LEAD_INSPECTOR,
                                Instant.parse("2026-12-29T23:59:59Z"), feedbackAt),
                        scheduled(sch, DRAFT_REPORT, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2027-01-22T23:59:59Z"), feedbackAt),
                        scheduled(sch, FINAL_REPORT, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2027-02-09T23:59:59Z"), feedbackAt),
                        scheduled(sch, PUBLICATION, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2027-02-19T23:59:59Z"), feedbackAt))
                .expectScheduledDeadline(Instant.parse("2026-12-29T23:59:59Z"), due(QA_SUBMISSION))
                .expectScheduledDeadline(Instant.parse("2027-01-22T23:59:59Z"), due(DRAFT_REPORT))
                .expectScheduledDeadline(Instant.parse("2027-02-09T23:59:59Z"), due(FINAL_REPORT))
                .expectScheduledDeadline(Instant.parse("2027-02-19T23:59:59Z"), due(PUBLICATION));
    }

    @Test
    void rss_visit_ending_before_the_state_funeral_2022_skips_that_bank_holiday_and_crosses_into_gmt() {
        VisitType rss = VisitType.RSS_ASSURANCE;
        Instant feedbackAt = Instant.parse("2022-09-16T14:00:00Z");
        VisitHistory onSite = VisitHistory.announced(rss, Instant.parse("2022-09-15T08:00:00Z"))
                .annexAReturned(Instant.parse("2022-09-15T11:00:00Z"))
                .arrived(Instant.parse("2022-09-15T11:30:00Z"));
        fixture.given(onSite.events())
                .andGivenCurrentTime(feedbackAt)
                .when(feedback(null))
                .expectEvents(
                        new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, feedbackAt),
                        new VisitEnded(VISIT, LocalDate.of(2022, 9, 16), feedbackAt),
                        scheduled(rss, QA_SUBMISSION, DeadlineOwner.LEAD_INSPECTOR,
                                Instant.parse("2022-09-20T22:59:59Z"), feedbackAt),
                        scheduled(rss, DRAFT_REPORT, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2022-10-13T22:59:59Z"), feedbackAt),
                        // summer time ended on 30 October 2022: the end of 31 October is 23:59:59Z
                        scheduled(rss, FINAL_REPORT, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2022-10-31T23:59:59Z"), feedbackAt),
                        scheduled(rss, PUBLICATION, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2022-11-10T23:59:59Z"), feedbackAt))
                .expectScheduledDeadline(Instant.parse("2022-09-20T22:59:59Z"), due(QA_SUBMISSION))
                .expectScheduledDeadline(Instant.parse("2022-10-13T22:59:59Z"), due(DRAFT_REPORT))
                .expectScheduledDeadline(Instant.parse("2022-10-31T23:59:59Z"), due(FINAL_REPORT))
                .expectScheduledDeadline(Instant.parse("2022-11-10T23:59:59Z"), due(PUBLICATION));
    }

    @Test
    void report_deadlines_count_from_the_actual_end_of_the_visit_not_the_planned_last_day() {
        // the SCH visit was planned to end 2024-12-18 but feedback was given on day 2
        VisitType sch = VisitType.SCH_ASSURANCE;
        Instant feedbackAt = Instant.parse("2024-12-17T15:00:00Z");
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(feedbackAt)
                .when(feedback(null))
                .expectEvents(
                        new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, feedbackAt),
                        new VisitEnded(VISIT, LocalDate.of(2024, 12, 17), feedbackAt),
                        scheduled(sch, QA_SUBMISSION, DeadlineOwner.LEAD_INSPECTOR,
                                Instant.parse("2024-12-18T23:59:59Z"), feedbackAt),
                        scheduled(sch, DRAFT_REPORT, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2025-01-15T23:59:59Z"), feedbackAt),
                        scheduled(sch, FINAL_REPORT, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2025-01-31T23:59:59Z"), feedbackAt),
                        scheduled(sch, PUBLICATION, DeadlineOwner.INSPECTORATE,
                                Instant.parse("2025-02-12T23:59:59Z"), feedbackAt));
    }

    @Test
    void the_last_day_of_the_visit_is_the_london_day_of_the_feedback() {
        // feedback late in the evening: 23:30Z on 16 April 2025 is 00:30 BST on 17 April, so the visit ends on the 17th
        Instant feedbackAt = Instant.parse("2025-04-16T23:30:00Z");
        fixture.given(rssVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(feedbackAt)
                .when(feedback(null))
                .expectEventsMatching(allOf(
                        anEvent(VisitEnded.class, "on 2025-04-17 (00:30 BST)",
                                e -> e.lastDayOfVisit().equals(LocalDate.of(2025, 4, 17))),
                        anEvent(DeadlineScheduled.class, "QA due 2025-04-22T22:59:59Z",
                                e -> e.code() == QA_SUBMISSION
                                        && e.dueAt().equals(Instant.parse("2025-04-22T22:59:59Z")))));
    }

    @Test
    void recording_the_arrival_twice_is_refused() {
        VisitHistory onSite = schVisitAt(VisitStatus.ON_SITE);
        fixture.given(onSite.events())
                .andGivenCurrentTime(onSite.lastAt().plusSeconds(3600))
                .when(arrival(null))
                .expectException(refusedBecause(Refusal.ALREADY_ON_SITE))
                .expectNoEvents();
    }

    @Test
    void arrival_after_the_visit_has_ended_is_refused() {
        VisitHistory ended = schVisitAt(VisitStatus.VISIT_ENDED);
        fixture.given(ended.events())
                .andGivenCurrentTime(ended.lastAt().plusSeconds(3600))
                .when(arrival(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    @Test
    void giving_verbal_feedback_twice_is_refused() {
        VisitHistory ended = rssVisitAt(VisitStatus.VISIT_ENDED);
        fixture.given(ended.events())
                .andGivenCurrentTime(ended.lastAt().plusSeconds(3600))
                .when(feedback(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    @Test
    void feedback_after_the_report_went_to_qa_is_refused_as_the_visit_has_ended() {
        VisitHistory inQa = rssVisitAt(VisitStatus.IN_QA);
        fixture.given(inQa.events())
                .andGivenCurrentTime(inQa.lastAt().plusSeconds(3600))
                .when(feedback(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }
}
