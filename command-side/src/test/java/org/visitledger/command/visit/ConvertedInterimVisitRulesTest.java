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
 * After the conversion (rule NFD-CONVERSION; seed 002: "the interim visit stops at this point") the interim visit takes
 * no further activity, VISIT_CONVERTED, while the NFD goes on; only the phone call to the school it required is still
 * recorded on it.
 */
class ConvertedInterimVisitRulesTest {

    private static final Instant CONVERTED = Instant.parse("2025-10-02T11:30:00Z");
    private static final Instant LATER = Instant.parse("2025-10-02T11:40:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static VisitHistory converted() {
        return interimVisitAt(VisitStatus.ON_SITE)
                .concernRaised(ConcernCategory.SAFEGUARDING, Instant.parse("2025-10-02T10:30:00Z"))
                .dutyDeskConsulted(Instant.parse("2025-10-02T11:00:00Z"))
                .convertedToSection8(CONVERTED);
    }

    static Stream<Arguments> activity() {
        return Stream.of(
                Arguments.of("the arrival", arrival(null)),
                Arguments.of("a concern", concern(ConcernCategory.LEADERSHIP_BREAKDOWN, null)),
                Arguments.of("a duty-desk call", dutyDeskCall(null)),
                Arguments.of("a second conversion", conversion(null)),
                Arguments.of("the end of the visit", feedback(null)),
                Arguments.of("a pause", pause(null)),
                Arguments.of("a withdrawal", withdrawal(null)),
                Arguments.of("a deferral request", deferralRequest(null)),
                Arguments.of("a provider concern", providerConcern(false, null)),
                Arguments.of("the factual-accuracy check", factualAccuracyCheck(null)),
                Arguments.of("the letter's publication", publication(null)));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("activity")
    void a_converted_interim_visit_takes_no_further_activity(String act, Object command) {
        fixture.given(converted().events())
                .andGivenCurrentTime(LATER)
                .when(command)
                .expectException(refusedBecause(Refusal.VISIT_CONVERTED))
                .expectNoEvents();
    }

    @Test
    void the_phone_call_to_the_school_is_still_recorded_as_made() {
        fixture.given(converted().events())
                .andGivenCurrentTime(LATER)
                .when(notificationSent("N-1", null))
                .expectEvents(new NotificationSent(VISIT, "N-1", LATER));
    }
}
