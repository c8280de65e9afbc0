package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * seed 004, "Deferrals" (rules DEFERRAL-REQUEST, DEFERRAL-CUTOFF, DEFERRAL-DECISION): the provider may ask during the
 * announcement call or at the earliest opportunity before the visit starts; requests received after 4.30pm on the day
 * of notification are recorded as late. The duty desk grants (the visit is DEFERRED, its open deadlines cancelled, no
 * further activity) or refuses (the visit goes ahead).
 */
class DeferralRulesTest {

    private static final Timeline SCH = SCH_DECEMBER_2024;
    private static final Instant REQUESTED = Instant.parse("2024-12-16T10:00:00Z");
    private static final Instant DECIDED = Instant.parse("2024-12-16T11:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    // ---------------------------------------------------------------- the request

    @ParameterizedTest(name = "{0} visit, requested at {1}: late {2}")
    @CsvSource({
            // SCH announced Monday 16 December 2024, GMT: 16:30 in London is 16:30Z
            "SCH_ASSURANCE, 2024-12-16T16:30:00Z, false",
            "SCH_ASSURANCE, 2024-12-16T16:30:01Z, true",
            "SCH_ASSURANCE, 2024-12-17T08:00:00Z, true",
            // RSS announced Wednesday 16 April 2025, BST: 16:30 in London is 15:30Z
            "RSS_ASSURANCE, 2025-04-16T15:30:00Z, false",
            "RSS_ASSURANCE, 2025-04-16T15:30:01Z, true",
            "RSS_ASSURANCE, 2025-04-16T16:00:00Z, true"})
    void a_request_after_16_30_london_time_on_the_announcement_day_is_recorded_as_late(VisitType type,
                                                                                        Instant requested,
                                                                                        boolean late) {
        Timeline timeline = type == VisitType.SCH_ASSURANCE ? SCH : RSS_EASTER_2025;
        fixture.given(visitAt(timeline, VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(requested)
                .when(deferralRequest(null))
                .expectEvents(new DeferralRequested(VISIT, DEFERRAL_REASON, late, requested));
    }

    @Test
    void a_request_once_the_inspectors_are_on_site_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(SCH.arrived().plusSeconds(600))
                .when(deferralRequest(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_STARTED))
                .expectNoEvents();
    }

    @Test
    void a_request_after_the_visit_ended_is_refused() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(SCH.feedback().plusSeconds(600))
                .when(deferralRequest(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    @Test
    void a_second_request_while_one_awaits_the_duty_desk_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED).events())
                .andGivenCurrentTime(DECIDED)
                .when(deferralRequest(null))
                .expectException(refusedBecause(Refusal.DEFERRAL_ALREADY_REQUESTED))
                .expectNoEvents();
    }

    @Test
    void a_new_request_after_a_refusal_is_recorded() {
        Instant again = Instant.parse("2024-12-16T14:00:00Z");
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED).deferralRefused(DECIDED)
                        .events())
                .andGivenCurrentTime(again)
                .when(deferralRequest(null))
                .expectEvents(new DeferralRequested(VISIT, DEFERRAL_REASON, false, again));
    }

    // ---------------------------------------------------------------- the decision

    @Test
    void a_decision_without_a_pending_request_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(DECIDED)
                .when(deferralDecision(true, null))
                .expectException(refusedBecause(Refusal.NO_DEFERRAL_REQUESTED))
                .expectNoEvents();
    }

    @Test
    void a_request_already_refused_is_not_decided_again() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED).deferralRefused(DECIDED)
                        .events())
                .andGivenCurrentTime(DECIDED.plusSeconds(600))
                .when(deferralDecision(true, null))
                .expectException(refusedBecause(Refusal.NO_DEFERRAL_REQUESTED))
                .expectNoEvents();
    }

    @Test
    void a_decision_cannot_precede_the_request() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED).events())
                .andGivenCurrentTime(DECIDED)
                .when(deferralDecision(true, REQUESTED.minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void a_pending_request_is_no_longer_decided_once_the_inspectors_arrived() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED).arrived(SCH.arrived())
                        .events())
                .andGivenCurrentTime(SCH.arrived().plusSeconds(600))
                .when(deferralDecision(true, null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_STARTED))
                .expectNoEvents();
    }

    /** On rulebook version 2, whose side exits leave the notifications as they are (NotificationEndsWithVisitRulesTest). */
    @Test
    void granting_defers_the_visit_and_cancels_its_open_annex_a_deadline() {
        VisitHistory requested = visitUnder("2", SCH_DECEMBER_2024, VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED);
        fixture.given(requested.events())
                .andGivenCurrentTime(DECIDED)
                .when(deferralDecision(true, null))
                .expectEvents(new DeferralGranted(VISIT, DEFERRAL_DECISION, DECIDED),
                        new DeadlineCancelled(VISIT, "ANNEX_A_RETURN", DeadlineCode.ANNEX_A_RETURN,
                                Instant.parse("2024-12-16T13:00:00Z"), "visit deferred", DECIDED))
                .expectResultMessagePayload(new CommandOutcome(requested.version() + 2, null));
    }

    /** On rulebook version 2, whose side exits leave the notifications as they are (NotificationEndsWithVisitRulesTest). */
    @Test
    void granting_cancels_every_deadline_not_met_and_none_that_was() {
        // Annex A returned on time (met); two further-information requests still outstanding
        Instant firstDue = Instant.parse("2024-12-17T12:00:00Z");
        Instant secondDue = Instant.parse("2024-12-18T12:00:00Z");
        Instant granted = Instant.parse("2024-12-16T15:00:00Z");
        fixture.given(visitUnder("2", SCH_DECEMBER_2024, VisitStatus.ANNOUNCED).annexAReturned(SCH.annexAReturned())
                        .furtherInformationRequested(firstDue, Instant.parse("2024-12-16T12:45:00Z"))
                        .furtherInformationRequested(secondDue, Instant.parse("2024-12-16T12:50:00Z"))
                        .deferralRequested(false, Instant.parse("2024-12-16T13:00:00Z")).events())
                .andGivenCurrentTime(granted)
                .when(deferralDecision(true, null))
                .expectEvents(new DeferralGranted(VISIT, DEFERRAL_DECISION, granted),
                        new DeadlineCancelled(VISIT, "FURTHER_INFORMATION:FI-1", DeadlineCode.FURTHER_INFORMATION,
                                firstDue, "visit deferred", granted),
                        new DeadlineCancelled(VISIT, "FURTHER_INFORMATION:FI-2", DeadlineCode.FURTHER_INFORMATION,
                                secondDue, "visit deferred", granted));
    }

    /** On rulebook version 2, whose side exits leave the notifications as they are (NotificationEndsWithVisitRulesTest). */
    @Test
    void granting_after_annex_a_was_missed_cancels_the_missed_deadline_too() {
        Instant granted = Instant.parse("2024-12-16T15:00:00Z");
        fixture.given(visitUnder("2", SCH_DECEMBER_2024, VisitStatus.ANNOUNCED).annexAMissed()
                        .deferralRequested(false, Instant.parse("2024-12-16T13:30:00Z")).events())
                .andGivenCurrentTime(granted)
                .when(deferralDecision(true, null))
                .expectEvents(new DeferralGranted(VISIT, DEFERRAL_DECISION, granted),
                        new DeadlineCancelled(VISIT, "ANNEX_A_RETURN", DeadlineCode.ANNEX_A_RETURN,
                                Instant.parse("2024-12-16T13:00:00Z"), "visit deferred", granted));
    }

    @Test
    void a_refused_deferral_records_the_refusal_and_cancels_nothing() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED).events())
                .andGivenCurrentTime(DECIDED)
                .when(deferralDecision(false, null))
                .expectEvents(new DeferralRefused(VISIT, DEFERRAL_DECISION, DECIDED));
    }

    @Test
    void after_a_refused_deferral_the_visit_goes_ahead() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED).deferralRefused(DECIDED)
                        .events())
                .andGivenCurrentTime(SCH.arrived())
                .when(arrival(null))
                .expectEvents(new InspectorsArrivedOnSite(VISIT, SCH.arrived()));
    }

    static Stream<Arguments> activitiesOnADeferredVisit() {
        return Stream.of(
                Arguments.of("annex A returned", annexAReturned(null)),
                Arguments.of("arrival on site", arrival(null)),
                Arguments.of("verbal feedback", feedback(null)),
                Arguments.of("a concern", concern(ConcernCategory.SERIOUS, null)),
                Arguments.of("a provider concern", providerConcern(false, null)),
                Arguments.of("a pause", pause(null)),
                Arguments.of("another deferral request", deferralRequest(null)),
                Arguments.of("another deferral decision", deferralDecision(false, null)),
                Arguments.of("a withdrawal", withdrawal(null)));
    }

    @ParameterizedTest(name = "{0} on a deferred visit is refused")
    @MethodSource("activitiesOnADeferredVisit")
    void a_deferred_visit_takes_no_further_activity(String activity, Object command) {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, REQUESTED).deferralGranted(DECIDED)
                        .events())
                .andGivenCurrentTime(DECIDED.plusSeconds(3600))
                .when(command)
                .expectException(refusedBecause(Refusal.VISIT_DEFERRED))
                .expectNoEvents();
    }
}
