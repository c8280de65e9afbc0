package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.calendar.OutsideCalendarRangeException;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

class AnnouncementRulesTest {

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void rss_annex_a_is_due_at_14_00_on_the_announcement_day() {
        Instant call = Instant.parse("2025-04-16T08:30:00Z");
        fixture.givenCurrentTime(call.plusSeconds(60))
                .when(announce(VisitType.RSS_ASSURANCE, call))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new VisitAnnounced(VISIT, VisitType.RSS_ASSURANCE, "4", PROVIDER, "Jo Smith", List.of("Sam Lee"),
                                List.of("Kent", "Medway"), 2, LocalDate.of(2025, 4, 17), null, null, call),
                        new AnnexARequested(VISIT, List.of("Annex A"), Instant.parse("2025-04-16T13:00:00Z"), call),
                        new DeadlineScheduled(VISIT, "ANNEX_A_RETURN", DeadlineCode.ANNEX_A_RETURN, DeadlineOwner.PROVIDER,
                                Instant.parse("2025-04-16T13:00:00Z"),
                                "seed 000: completed Annex A due by 14:00 on the day of the announcement; project rule: by 14:00 on "
                                        + "the next working day when the visit is announced at or after 14:00", call),
                        new NotificationRequired(VISIT, "N-1", "provider SC000001 (Oakfield Secure Home)",
                                NotificationChannel.EMAIL,
                                "Letter confirming the practical arrangements for the visit and the information requirements",
                                Instant.parse("2025-04-16T22:59:59Z"), call),
                        new NotificationRequired(VISIT, "N-2", "provider SC000001 (Oakfield Secure Home)",
                                NotificationChannel.EMAIL,
                                "Email for the school to circulate to parents: the visit is under way and how to give views to the inspector",
                                Instant.parse("2025-04-16T22:59:59Z"), call))
                .expectScheduledDeadline(Instant.parse("2025-04-16T13:00:00Z"), new DeadlineDue("ANNEX_A_RETURN"));
    }

    @Test
    void sch_annex_a_is_due_at_13_00_on_the_announcement_day() {
        Instant call = Instant.parse("2024-12-16T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.SCH_ASSURANCE, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(anEvent(AnnexARequested.class, "due at 13:00Z with Annex A and 5 extra items",
                        e -> e.dueAt().equals(Instant.parse("2024-12-16T13:00:00Z")) && e.items().size() == 6
                                && e.items().get(0).equals("Annex A")))
                .expectScheduledDeadline(Instant.parse("2024-12-16T13:00:00Z"), new DeadlineDue("ANNEX_A_RETURN"));
    }

    @Test
    void sch_announcement_requires_only_the_arrangements_letter_not_the_parents_email() {
        Instant call = Instant.parse("2024-12-16T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.SCH_ASSURANCE, call))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(allOf(
                        eventTypes(VisitAnnounced.class, AnnexARequested.class, DeadlineScheduled.class,
                                NotificationRequired.class),
                        anEvent(NotificationRequired.class, "N-1: the arrangements letter, due by the end of the day",
                                n -> n.equals(new NotificationRequired(VISIT, "N-1", PROVIDER_RECIPIENT,
                                        NotificationChannel.EMAIL, ANNOUNCEMENT_LETTER,
                                        Instant.parse("2024-12-16T23:59:59Z"), call)))));
    }

    @Test
    void the_announcement_day_is_the_london_calendar_day_not_the_utc_one() {
        // 23:30Z on 15 April 2025 is 00:30 BST on 16 April: day 1 is the 16th
        Instant call = Instant.parse("2025-04-15T23:30:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.RSS_ASSURANCE, call))
                .expectEvents(
                        new VisitAnnounced(VISIT, VisitType.RSS_ASSURANCE, "4", PROVIDER, "Jo Smith", List.of("Sam Lee"),
                                List.of("Kent", "Medway"), 2, LocalDate.of(2025, 4, 17), null, null, call),
                        new AnnexARequested(VISIT, List.of("Annex A"), Instant.parse("2025-04-16T13:00:00Z"), call),
                        scheduled(VisitType.RSS_ASSURANCE, DeadlineCode.ANNEX_A_RETURN, DeadlineOwner.PROVIDER,
                                Instant.parse("2025-04-16T13:00:00Z"), call),
                        new NotificationRequired(VISIT, "N-1", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                ANNOUNCEMENT_LETTER, Instant.parse("2025-04-16T22:59:59Z"), call),
                        new NotificationRequired(VISIT, "N-2", PROVIDER_RECIPIENT, NotificationChannel.EMAIL,
                                PARENTS_EMAIL, Instant.parse("2025-04-16T22:59:59Z"), call));
    }

    @Test
    void the_planned_last_day_counts_working_days_and_skips_the_easter_bank_holidays() {
        // SCH, 3 days from Maundy Thursday: 17 April, (Good Friday, weekend, Easter Monday) 22 and 23 April
        Instant call = Instant.parse("2025-04-17T08:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.SCH_ASSURANCE, call))
                .expectEventsMatching(anEvent(VisitAnnounced.class, "of 3 days ending 2025-04-23",
                        e -> e.plannedLengthDays() == 3 && e.plannedLastDay().equals(LocalDate.of(2025, 4, 23))));
    }

    @Test
    void a_length_set_by_the_regional_inspection_manager_replaces_the_rulebook_default() {
        Instant call = Instant.parse("2024-12-16T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announceAgreed(VisitType.SCH_ASSURANCE, 2, RIM, call))
                .expectEventsMatching(anEvent(VisitAnnounced.class, "of 2 days ending 2024-12-17",
                        e -> e.plannedLengthDays() == 2 && e.plannedLastDay().equals(LocalDate.of(2024, 12, 17))));
    }

    @Test
    void a_planned_length_outside_the_rulebook_range_is_refused() {
        Instant call = Instant.parse("2024-12-16T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.SCH_ASSURANCE, 6, call))
                .expectException(invalid("plannedLengthDays"))
                .expectNoEvents();
    }

    @Test
    void a_planned_length_of_zero_days_is_refused() {
        Instant call = Instant.parse("2024-12-16T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.RSS_ASSURANCE, 0, call))
                .expectException(invalid("plannedLengthDays"))
                .expectNoEvents();
    }

    @Test
    void only_a_monitoring_visit_may_follow_another_visit() {
        Instant call = Instant.parse("2024-12-16T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(new AnnounceVisit(VISIT, VisitType.SCH_ASSURANCE, PROVIDER, "Jo Smith", List.of("Sam Lee"),
                        List.of("Kent"), null, "visit-0", call))
                .expectException(invalid("followsVisitId"))
                .expectNoEvents();
    }

    @Test
    void a_visit_outside_the_known_bank_holiday_range_is_refused_rather_than_guessed() {
        Instant call = Instant.parse("2033-01-04T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.RSS_ASSURANCE, call))
                .expectException(OutsideCalendarRangeException.class)
                .expectNoEvents();
    }

    /** Rule TIME-ANNOUNCEMENT-HORIZON: refused at the start, not stuck later for want of calendar data. */
    @Test
    void a_visit_whose_year_ahead_the_calendar_does_not_know_is_refused_at_its_announcement() {
        Instant call = Instant.parse("2032-01-05T09:00:00Z");
        fixture.givenCurrentTime(call)
                .when(announce(VisitType.RSS_ASSURANCE, call))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    /**
     * Rule TIME-ANNOUNCEMENT-HORIZON with TIME-KNOWN-RANGE: a visit announced late in 2030 runs to its last report
     * deadline in 2031 (publication 38 working days after Monday 16 December 2030, Christmas and New Year's Day not
     * counted).
     */
    @Test
    void a_visit_announced_in_december_2030_has_its_report_deadlines_counted_into_2031() {
        Instant call = Instant.parse("2030-12-16T09:00:00Z");
        Instant feedbackGiven = Instant.parse("2030-12-16T16:00:00Z");
        fixture.givenCurrentTime(feedbackGiven)
                .andGivenCommands(announce(VisitType.RSS_ASSURANCE, call), annexAReturned(call.plusSeconds(3600)),
                        arrival(call.plusSeconds(7200)))
                .when(feedback(feedbackGiven))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(anEvent(DeadlineScheduled.class, "PUBLICATION due 2031-02-11",
                        e -> e.code() == DeadlineCode.PUBLICATION
                                && e.dueAt().equals(Instant.parse("2031-02-11T23:59:59Z"))));
    }
}
