package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * The school's factual-accuracy check of the interim visit's letter (rule LETTER-FACTUAL-ACCURACY; seed 002: "The
 * school has the opportunity to check the letter for factual accuracy before publication"): once, after the visit,
 * which is when the inspector writes the letter. No other visit type has one.
 */
class FactualAccuracyCheckRulesTest {

    private static final Instant CHECKED = Instant.parse("2025-10-06T12:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void the_schools_check_of_the_letter_is_recorded_with_its_comments() {
        VisitHistory ended = interimVisitAt(VisitStatus.VISIT_ENDED);
        fixture.given(ended.events())
                .andGivenCurrentTime(CHECKED)
                .when(factualAccuracyCheck(null))
                .expectEvents(new FactualAccuracyChecked(VISIT, LETTER_CHECK_COMMENTS, CHECKED))
                .expectResultMessagePayload(new CommandOutcome(ended.version() + 1, null));
    }

    @ParameterizedTest(name = "an interim visit {0} is not checked yet")
    @EnumSource(value = VisitStatus.class, names = {"ANNOUNCED", "ON_SITE"})
    void the_letter_is_checked_only_after_the_visit_ended(VisitStatus stage) {
        fixture.given(interimVisitAt(stage).events())
                .andGivenCurrentTime(INTERIM_ARRIVED.plusSeconds(3600))
                .when(factualAccuracyCheck(null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_ENDED))
                .expectNoEvents();
    }

    @Test
    void the_check_cannot_have_happened_before_the_visit_ended() {
        fixture.given(interimVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(CHECKED)
                .when(factualAccuracyCheck(INTERIM_ENDED.minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void the_letter_is_checked_once() {
        fixture.given(interimVisitAt(VisitStatus.VISIT_ENDED).factualAccuracyChecked(CHECKED).events())
                .andGivenCurrentTime(CHECKED.plusSeconds(3600))
                .when(factualAccuracyCheck(null))
                .expectException(refusedBecause(Refusal.FACTUAL_ACCURACY_ALREADY_CHECKED))
                .expectNoEvents();
    }

    @Test
    void a_published_letter_is_not_checked_again() {
        VisitHistory closed = interimVisitAt(VisitStatus.VISIT_ENDED).factualAccuracyChecked(CHECKED)
                .letterPublished(Instant.parse("2025-10-08T09:00:00Z"));
        fixture.given(closed.events())
                .andGivenCurrentTime(closed.lastAt().plusSeconds(3600))
                .when(factualAccuracyCheck(null))
                .expectException(refusedBecause(Refusal.VISIT_CLOSED))
                .expectNoEvents();
    }

    static Stream<Arguments> visitsWithoutACheck() {
        return Stream.of(
                Arguments.of("SECTION8_NFD", nfdVisitAt(VisitStatus.VISIT_ENDED)),
                Arguments.of("RSS_ASSURANCE", rssVisitAt(VisitStatus.VISIT_ENDED)),
                Arguments.of("SCH_ASSURANCE", schVisitAt(VisitStatus.VISIT_ENDED)),
                Arguments.of("MONITORING", monitoringVisitAt(VisitStatus.VISIT_ENDED)));
    }

    @ParameterizedTest(name = "a {0} visit has no check")
    @MethodSource("visitsWithoutACheck")
    void only_the_interim_letter_is_checked_by_the_school(String type, VisitHistory ended) {
        fixture.given(ended.events())
                .andGivenCurrentTime(ended.lastAt().plusSeconds(3600))
                .when(factualAccuracyCheck(null))
                .expectException(refusedBecause(Refusal.NO_FACTUAL_ACCURACY_CHECK_FOR_VISIT_TYPE))
                .expectNoEvents();
    }
}
