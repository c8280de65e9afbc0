package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * The inspector's call to the duty desk (rule DUTY-DESK-CALL; seed 002: "HMI must call the Ofsted duty desk to discuss
 * any significant concern"), recorded with what was discussed while the visit still takes activity (a paused one
 * included): not once it was withdrawn, closed or converted.
 */
class DutyDeskCallRulesTest {

    private static final Instant CONCERN = Instant.parse("2025-10-02T10:30:00Z");
    private static final Instant CALL = Instant.parse("2025-10-02T11:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void the_call_about_a_significant_concern_is_recorded_with_its_summary() {
        VisitHistory withConcern = interimVisitAt(VisitStatus.ON_SITE).concernRaised(ConcernCategory.SAFEGUARDING,
                CONCERN);
        fixture.given(withConcern.events())
                .andGivenCurrentTime(CALL)
                .when(dutyDeskCall(null))
                .expectEvents(new DutyDeskConsulted(VISIT, DUTY_DESK_SUMMARY, CALL))
                .expectResultMessagePayload(new CommandOutcome(withConcern.version() + 1, null));
    }

    /** Rule DUTY-DESK-CALL (seed 004): a pause follows a call to the duty desk, which advises the paused visit. */
    @Test
    void the_duty_desk_is_consulted_while_the_visit_is_paused() {
        Instant paused = Instant.parse("2025-10-02T10:00:00Z");
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).paused(paused).events())
                .andGivenCurrentTime(CALL)
                .when(dutyDeskCall(null))
                .expectEvents(new DutyDeskConsulted(VISIT, DUTY_DESK_SUMMARY, CALL));
    }

    @Test
    void a_call_recorded_later_keeps_the_time_it_was_made() {
        fixture.given(interimVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(Instant.parse("2025-10-02T17:00:00Z"))
                .when(dutyDeskCall(CALL))
                .expectEvents(new DutyDeskConsulted(VISIT, DUTY_DESK_SUMMARY, CALL));
    }

    @Test
    void a_call_cannot_have_been_made_before_the_visit_was_announced() {
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(CALL)
                .when(dutyDeskCall(INTERIM_NOTICE_CALL.minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    static Stream<Arguments> visitsThatTakeNoMoreCalls() {
        Instant converted = Instant.parse("2025-10-02T11:30:00Z");
        return Stream.of(
                Arguments.of("withdrawn", interimVisitAt(VisitStatus.ANNOUNCED)
                        .withdrawn(Instant.parse("2025-10-01T15:00:00Z")), Refusal.VISIT_WITHDRAWN),
                Arguments.of("closed", interimVisitAt(VisitStatus.VISIT_ENDED)
                        .factualAccuracyChecked(Instant.parse("2025-10-06T12:00:00Z"))
                        .letterPublished(Instant.parse("2025-10-08T09:00:00Z")), Refusal.VISIT_CLOSED),
                Arguments.of("converted", interimVisitAt(VisitStatus.ON_SITE)
                        .concernRaised(ConcernCategory.SAFEGUARDING, CONCERN).dutyDeskConsulted(CALL)
                        .convertedToSection8(converted), Refusal.VISIT_CONVERTED));
    }

    @ParameterizedTest(name = "a call on a {0} visit is refused")
    @MethodSource("visitsThatTakeNoMoreCalls")
    void a_call_on_a_visit_that_takes_no_more_activity_is_refused(String state, VisitHistory history,
                                                                  Refusal refusal) {
        fixture.given(history.events())
                .andGivenCurrentTime(history.lastAt().plusSeconds(3600))
                .when(dutyDeskCall(null))
                .expectException(refusedBecause(refusal))
                .expectNoEvents();
    }
}
