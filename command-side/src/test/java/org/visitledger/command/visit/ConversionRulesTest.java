package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * The regional director's conversion of an interim visit into a section 8 NFD inspection (rule NFD-CONVERSION; seed
 * 002, "Significant concerns"): only an interim visit, only before it ended, only for a significant concern the duty
 * desk was called about at or after it was raised. The conversion records the NFD to create for the same school and
 * inspectors, cancels the visit's open deadlines (an interim visit has none) and requires the phone call to the school,
 * due at once (rule NOTIFY-CONVERSION-CALL). Story: on site 2 October 2025, concern 10:30Z, call 11:00Z.
 */
class ConversionRulesTest {

    private static final Instant CONCERN = Instant.parse("2025-10-02T10:30:00Z");
    private static final Instant CALL = Instant.parse("2025-10-02T11:00:00Z");
    private static final Instant CONVERTED = Instant.parse("2025-10-02T11:30:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static VisitHistory consulted(ConcernCategory category) {
        return interimVisitAt(VisitStatus.ON_SITE).concernRaised(category, CONCERN).dutyDeskConsulted(CALL);
    }

    private static List<Object> conversionEvents(Instant at) {
        return List.of(new VisitConvertedToSection8(VISIT, NFD_VISIT_ID, SCHOOL, "Jo Smith", List.of("Sam Lee"),
                        CONVERSION_RATIONALE, at),
                new NotificationRequired(VISIT, "N-1", SCHOOL_RECIPIENT, NotificationChannel.PHONE,
                        CONVERSION_PHONE_CALL, at, at));
    }

    @ParameterizedTest(name = "after a {0} concern")
    @EnumSource(value = ConcernCategory.class, names = {"SAFEGUARDING", "LEADERSHIP_BREAKDOWN"})
    void the_conversion_records_the_nfd_for_the_same_school_and_inspectors_and_requires_the_phone_call_at_once(
            ConcernCategory category) {
        VisitHistory consulted = consulted(category);
        fixture.given(consulted.events())
                .andGivenCurrentTime(CONVERTED)
                .when(conversion(null))
                .expectEvents(conversionEvents(CONVERTED).toArray())
                .expectResultMessagePayload(new CommandOutcome(consulted.version() + 2, NFD_VISIT_ID))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_conversion_recorded_later_keeps_the_time_of_the_decision_and_the_call_is_due_then() {
        fixture.given(consulted(ConcernCategory.SAFEGUARDING).events())
                .andGivenCurrentTime(Instant.parse("2025-10-02T15:00:00Z"))
                .when(conversion(CONVERTED))
                .expectEvents(conversionEvents(CONVERTED).toArray());
    }

    @Test
    void a_call_made_at_the_moment_the_concern_was_raised_counts() {
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).concernRaised(ConcernCategory.SAFEGUARDING, CONCERN)
                        .dutyDeskConsulted(CONCERN).events())
                .andGivenCurrentTime(CONVERTED)
                .when(conversion(null))
                .expectEvents(conversionEvents(CONVERTED).toArray());
    }

    @Test
    void a_conversion_without_a_significant_concern_is_refused() {
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).dutyDeskConsulted(CALL).events())
                .andGivenCurrentTime(CONVERTED)
                .when(conversion(null))
                .expectException(refusedBecause(Refusal.NO_SIGNIFICANT_CONCERN))
                .expectNoEvents();
    }

    @Test
    void the_nfd_needs_an_id_of_its_own() {
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).concernRaised(ConcernCategory.SAFEGUARDING, CONCERN)
                        .dutyDeskConsulted(CALL).events())
                .andGivenCurrentTime(CONVERTED)
                .when(new ConvertToSection8(VISIT, null, VISIT, CONVERSION_RATIONALE, null))
                .expectException(invalid("nfdVisitId"))
                .expectNoEvents();
    }

    @Test
    void a_conversion_without_a_duty_desk_call_is_refused() {
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).concernRaised(ConcernCategory.SAFEGUARDING, CONCERN)
                        .events())
                .andGivenCurrentTime(CONVERTED)
                .when(conversion(null))
                .expectException(refusedBecause(Refusal.DUTY_DESK_NOT_CONSULTED))
                .expectNoEvents();
    }

    @Test
    void a_duty_desk_call_made_before_the_concern_was_raised_does_not_count() {
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).dutyDeskConsulted(CONCERN.minusSeconds(60))
                        .concernRaised(ConcernCategory.SAFEGUARDING, CONCERN).events())
                .andGivenCurrentTime(CONVERTED)
                .when(conversion(null))
                .expectException(refusedBecause(Refusal.DUTY_DESK_NOT_CONSULTED))
                .expectNoEvents();
    }

    @Test
    void a_call_recorded_afterwards_but_made_earlier_does_not_undo_the_call_made_after_the_concern() {
        // the 11:00 call counts; an earlier call (10:00) noted only later changes nothing
        fixture.given(consulted(ConcernCategory.SAFEGUARDING).dutyDeskConsulted(CONCERN.minusSeconds(1800)).events())
                .andGivenCurrentTime(CONVERTED)
                .when(conversion(null))
                .expectEvents(conversionEvents(CONVERTED).toArray());
    }

    @Test
    void a_concern_raised_after_the_call_needs_a_call_of_its_own_even_when_an_earlier_concern_is_recorded_later() {
        // "discuss any significant concern": the 11:15 concern was never discussed; the 10:30 one, noted only
        // afterwards, was
        Instant undiscussed = Instant.parse("2025-10-02T11:15:00Z");
        fixture.given(interimVisitAt(VisitStatus.ON_SITE).dutyDeskConsulted(CALL)
                        .concernRaised(ConcernCategory.LEADERSHIP_BREAKDOWN, undiscussed)
                        .concernRaised(ConcernCategory.SAFEGUARDING, CONCERN).events())
                .andGivenCurrentTime(CONVERTED)
                .when(conversion(null))
                .expectException(refusedBecause(Refusal.DUTY_DESK_NOT_CONSULTED))
                .expectNoEvents();
    }

    @Test
    void a_conversion_cannot_have_been_decided_before_the_duty_desk_call() {
        fixture.given(consulted(ConcernCategory.SAFEGUARDING).events())
                .andGivenCurrentTime(CONVERTED)
                .when(conversion(CALL.minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void an_interim_visit_that_has_ended_is_not_converted() {
        fixture.given(consulted(ConcernCategory.SAFEGUARDING).ended(INTERIM_ENDED).events())
                .andGivenCurrentTime(INTERIM_ENDED.plusSeconds(3600))
                .when(conversion(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    static Stream<Arguments> otherVisitTypes() {
        return Stream.of(
                Arguments.of("SCH_ASSURANCE", schVisitAt(VisitStatus.ON_SITE)),
                Arguments.of("RSS_ASSURANCE", rssVisitAt(VisitStatus.ON_SITE)),
                Arguments.of("MONITORING", monitoringVisitAt(VisitStatus.ON_SITE)),
                Arguments.of("SECTION8_NFD", nfdVisitAt(VisitStatus.ON_SITE)));
    }

    @ParameterizedTest(name = "a {0} visit is not converted")
    @MethodSource("otherVisitTypes")
    void only_an_interim_visit_is_converted(String type, VisitHistory onSite) {
        fixture.given(onSite.events())
                .andGivenCurrentTime(onSite.lastAt().plusSeconds(3600))
                .when(conversion(null))
                .expectException(refusedBecause(Refusal.NOT_AN_INTERIM_VISIT))
                .expectNoEvents();
    }

    static Stream<Arguments> interimVisitsThatTakeNoMoreActivity() {
        Instant later = Instant.parse("2025-10-02T11:15:00Z");
        return Stream.of(
                Arguments.of("paused", consulted(ConcernCategory.SAFEGUARDING).paused(later), Refusal.VISIT_PAUSED),
                Arguments.of("withdrawn", consulted(ConcernCategory.SAFEGUARDING).withdrawn(later),
                        Refusal.VISIT_WITHDRAWN),
                Arguments.of("converted", consulted(ConcernCategory.SAFEGUARDING).convertedToSection8(CONVERTED),
                        Refusal.VISIT_CONVERTED));
    }

    @ParameterizedTest(name = "a {0} interim visit is not converted")
    @MethodSource("interimVisitsThatTakeNoMoreActivity")
    void an_interim_visit_that_takes_no_more_activity_is_not_converted(String state, VisitHistory history,
                                                                       Refusal refusal) {
        fixture.given(history.events())
                .andGivenCurrentTime(history.lastAt().plusSeconds(3600))
                .when(conversion(null))
                .expectException(refusedBecause(refusal))
                .expectNoEvents();
    }
}
