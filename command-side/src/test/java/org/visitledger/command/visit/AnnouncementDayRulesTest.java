package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Day 1 and Annex A (rules VISIT-ANNOUNCED-ON-WORKING-DAY, ANNEX-A-AFTER-CUTOFF; working days as in rule
 * TIME-WORKING-DAY): a visit is announced, a monitoring visit commissioned and an interim visit converted on a
 * working day only, so that the planned days, counted in working days from day 1, are working days; and an RSS or SCH
 * visit announced at or after its Annex A time (RSS 14:00, SCH 13:00 London) has Annex A due at that time on the next
 * working day, instead of being recorded as missed at the moment it is requested.
 */
class AnnouncementDayRulesTest {

    private final FixtureConfiguration<Visit> fixture = fixture();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "RSS_ASSURANCE, 2025-04-19T09:00:00Z, a Saturday",
            "SCH_ASSURANCE, 2025-04-20T09:00:00Z, Easter Sunday",
            "SCH_ASSURANCE, 2025-04-18T09:00:00Z, Good Friday",
            "SCHOOL_INTERIM, 2025-12-25T09:00:00Z, Christmas Day"})
    void a_visit_is_not_announced_on_a_day_that_is_not_a_working_day(VisitType type, Instant call, String day) {
        AnnounceVisit announcement = type == VisitType.SCHOOL_INTERIM ? announceInterim(call) : announce(type, call);
        fixture.givenCurrentTime(call.plusSeconds(60))
                .when(announcement)
                .expectException(invalid("occurredAt"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void the_planned_days_of_a_visit_announced_before_christmas_are_working_days() {
        // Tuesday 24 December 2024, 3 days: the 24th, then 27th and 30th (the 25th, 26th and the weekend skipped).
        Instant call = Instant.parse("2024-12-24T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.SCH_ASSURANCE, call))
                .expectEventsMatching(anEvent(VisitAnnounced.class, "last planned day Monday 30 December",
                        e -> e.plannedLastDay().equals(LocalDate.of(2024, 12, 30))));
    }

    @Test
    void a_monitoring_visit_is_not_commissioned_on_a_saturday() {
        Instant saturday = Instant.parse("2025-02-01T10:00:00Z");
        fixture.given(endedWithSeriousConcerns(SCH_DECEMBER_2024).debriefHeld(Instant.parse("2024-12-19T10:00:00Z"))
                        .caseReviewDecided(List.of(CaseReviewDecision.MONITORING_VISIT),
                                Instant.parse("2024-12-20T15:00:00Z")).events())
                .andGivenCurrentTime(saturday)
                .when(commissionMonitoringVisit(null))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} announced at {1}: Annex A due {2}")
    @CsvSource({
            // RSS, Wednesday 16 April 2025 (BST): 14:00 London is 13:00Z.
            "RSS_ASSURANCE, 2025-04-16T12:59:59Z, 2025-04-16T13:00:00Z",
            "RSS_ASSURANCE, 2025-04-16T13:00:00Z, 2025-04-17T13:00:00Z",
            "RSS_ASSURANCE, 2025-04-16T15:30:00Z, 2025-04-17T13:00:00Z",
            // Maundy Thursday 17 April 2025 after 14:00: Good Friday and Easter Monday skipped.
            "RSS_ASSURANCE, 2025-04-17T14:00:00Z, 2025-04-22T13:00:00Z",
            // SCH, Friday 20 December 2024 (GMT) at 13:00 London: due 13:00 on Monday 23 December.
            "SCH_ASSURANCE, 2024-12-20T13:00:00Z, 2024-12-23T13:00:00Z"})
    void annex_a_requested_after_its_cut_off_is_due_at_that_time_on_the_next_working_day(VisitType type,
                                                                                       Instant call, Instant due) {
        fixture.givenCurrentTime(call)
                .when(announce(type, call))
                .expectEventsMatching(allOf(
                        anEvent(AnnexARequested.class, "due " + due, e -> e.dueAt().equals(due)),
                        anEvent(DeadlineScheduled.class, "ANNEX_A_RETURN due " + due,
                                e -> e.code() == DeadlineCode.ANNEX_A_RETURN && e.dueAt().equals(due))))
                .expectScheduledDeadline(due, due(DeadlineCode.ANNEX_A_RETURN));
    }

    @Test
    void annex_a_requested_after_its_cut_off_is_not_missed_at_the_announcement() {
        Instant call = Instant.parse("2025-04-16T15:30:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.RSS_ASSURANCE, call))
                .expectEventsMatching(eventTypes(VisitAnnounced.class, AnnexARequested.class, DeadlineScheduled.class,
                        NotificationRequired.class, NotificationRequired.class));
    }
}
