package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Announcing an interim visit to a school (rule INTERIM-NOTICE; seed 002, "Before the visit"): the notice call is made
 * the working day before the one day on site; the school is asked for no documents (no Annex A, no deadline) and nobody
 * is notified.
 */
class InterimAnnouncementRulesTest {

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static VisitAnnounced announced(LocalDate dayOnSite, Instant call) {
        return new VisitAnnounced(VISIT, VisitType.SCHOOL_INTERIM, "1", SCHOOL, "Jo Smith", List.of("Sam Lee"),
                List.of(), 1, dayOnSite, null, null, call);
    }

    @Test
    void an_interim_visit_is_announced_without_annex_a_deadlines_or_notifications() {
        fixture.givenCurrentTime(INTERIM_NOTICE_CALL)
                .when(announceInterim(null))
                .expectEvents(announced(LocalDate.of(2025, 10, 2), INTERIM_NOTICE_CALL))
                .expectNoScheduledDeadlines();
    }

    static Stream<Arguments> noticeCalls() {
        return Stream.of(
                Arguments.of("a Friday", Instant.parse("2025-10-03T09:00:00Z"), LocalDate.of(2025, 10, 6)),
                Arguments.of("the Friday before the summer bank holiday", Instant.parse("2025-08-22T09:00:00Z"),
                        LocalDate.of(2025, 8, 26)),
                Arguments.of("Maundy Thursday", Instant.parse("2025-04-17T09:00:00Z"), LocalDate.of(2025, 4, 22)),
                Arguments.of("Christmas Eve", Instant.parse("2025-12-24T10:00:00Z"), LocalDate.of(2025, 12, 29)));
    }

    @ParameterizedTest(name = "a notice call on {0} puts the inspectors on site on {2}")
    @MethodSource("noticeCalls")
    void the_day_on_site_is_the_working_day_after_the_notice_call(String day, Instant call, LocalDate dayOnSite) {
        fixture.givenCurrentTime(call)
                .when(announceInterim(null))
                .expectEvents(announced(dayOnSite, call));
    }

    @Test
    void the_one_day_length_may_be_given_explicitly() {
        fixture.givenCurrentTime(INTERIM_NOTICE_CALL)
                .when(announceSchoolVisit(VisitType.SCHOOL_INTERIM, 1, null, null))
                .expectEvents(announced(LocalDate.of(2025, 10, 2), INTERIM_NOTICE_CALL));
    }

    @ParameterizedTest(name = "{0} days")
    @ValueSource(ints = {0, 2, 3})
    void an_interim_visit_lasts_one_day_and_no_other_length(int length) {
        fixture.givenCurrentTime(INTERIM_NOTICE_CALL)
                .when(announceSchoolVisit(VisitType.SCHOOL_INTERIM, length, null, null))
                .expectException(invalid("plannedLengthDays"))
                .expectNoEvents();
    }
}
