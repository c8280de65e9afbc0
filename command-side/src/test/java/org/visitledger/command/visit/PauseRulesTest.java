package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * seed 004, "Pausing inspections" (rules PAUSE-VISIT, PAUSE-RESUME, PAUSE-END-INCOMPLETE): after contacting the duty
 * desk a visit may be paused before it ends (announced or on site); it takes no activity until it is resumed, to the
 * status it was paused in, or ended INCOMPLETE, which cancels its open deadlines and ends all activity.
 */
class PauseRulesTest {

    private static final Timeline SCH = SCH_DECEMBER_2024;
    /** Paused on the announcement morning, Annex A (due 13:00Z) not yet returned. */
    private static final Instant PAUSED_ANNOUNCED = Instant.parse("2024-12-16T10:00:00Z");
    private static final Instant PAUSED_ON_SITE = Instant.parse("2024-12-17T10:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static VisitHistory pausedBeforeArrival() {
        return schVisitAt(VisitStatus.ANNOUNCED).paused(PAUSED_ANNOUNCED).pauseAdvised(PAUSED_ANNOUNCED.plusSeconds(600));
    }

    private static VisitHistory pausedOnSite() {
        return schVisitAt(VisitStatus.ON_SITE).paused(PAUSED_ON_SITE).pauseAdvised(PAUSED_ON_SITE.plusSeconds(600));
    }

    @Test
    void an_announced_visit_may_be_paused() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(PAUSED_ANNOUNCED)
                .when(pause(null))
                .expectEvents(new VisitPaused(VISIT, PAUSE_REASON, PAUSED_ANNOUNCED));
    }

    @Test
    void a_visit_may_be_paused_on_site() {
        VisitHistory onSite = schVisitAt(VisitStatus.ON_SITE);
        fixture.given(onSite.events())
                .andGivenCurrentTime(PAUSED_ON_SITE)
                .when(pause(null))
                .expectEvents(new VisitPaused(VISIT, PAUSE_REASON, PAUSED_ON_SITE))
                .expectResultMessagePayload(new CommandOutcome(onSite.version() + 1, null));
    }

    @Test
    void pausing_after_the_visit_ended_is_refused() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(SCH.feedback().plusSeconds(600))
                .when(pause(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    static Stream<Arguments> activitiesOnAPausedVisit() {
        return Stream.of(
                Arguments.of("annex A returned", pausedBeforeArrival(), annexAReturned(null)),
                Arguments.of("arrival on site", pausedBeforeArrival(), arrival(null)),
                Arguments.of("a deferral request", pausedBeforeArrival(), deferralRequest(null)),
                Arguments.of("verbal feedback", pausedOnSite(), feedback(null)),
                Arguments.of("a concern", pausedOnSite(), concern(ConcernCategory.SERIOUS, null)),
                Arguments.of("a provider concern", pausedOnSite(), providerConcern(false, null)),
                Arguments.of("a second pause", pausedOnSite(), pause(null)),
                Arguments.of("a withdrawal", pausedOnSite(), withdrawal(null)));
    }

    @ParameterizedTest(name = "{0} on a paused visit is refused")
    @MethodSource("activitiesOnAPausedVisit")
    void a_paused_visit_takes_no_activity_until_it_is_resumed(String activity, VisitHistory paused, Object command) {
        fixture.given(paused.events())
                .andGivenCurrentTime(paused.lastAt().plusSeconds(3600))
                .when(command)
                .expectException(refusedBecause(Refusal.VISIT_PAUSED))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- resume

    @Test
    void resuming_a_paused_visit_is_recorded() {
        Instant resumed = PAUSED_ON_SITE.plusSeconds(7200);
        fixture.given(pausedOnSite().events())
                .andGivenCurrentTime(resumed)
                .when(resume(null))
                .expectEvents(new VisitResumed(VISIT, RESUME_REASON, resumed));
    }

    @Test
    void a_visit_resumed_before_the_inspectors_arrived_is_announced_again_so_a_deferral_may_still_be_asked() {
        // only an ANNOUNCED visit takes a deferral request
        Instant requested = Instant.parse("2024-12-16T12:00:00Z");
        fixture.given(pausedBeforeArrival().resumed(Instant.parse("2024-12-16T11:00:00Z")).events())
                .andGivenCurrentTime(requested)
                .when(deferralRequest(null))
                .expectEvents(new DeferralRequested(VISIT, DEFERRAL_REASON, false, requested));
    }

    @Test
    void a_visit_resumed_on_site_is_on_site_again_so_the_arrival_is_not_recorded_twice() {
        fixture.given(pausedOnSite().resumed(PAUSED_ON_SITE.plusSeconds(3600)).events())
                .andGivenCurrentTime(PAUSED_ON_SITE.plusSeconds(7200))
                .when(arrival(null))
                .expectException(refusedBecause(Refusal.ALREADY_ON_SITE))
                .expectNoEvents();
    }

    @Test
    void a_visit_resumed_on_site_then_ends_with_the_feedback() {
        Instant feedbackAt = SCH.feedback();
        fixture.given(pausedOnSite().resumed(PAUSED_ON_SITE.plusSeconds(3600)).events())
                .andGivenCurrentTime(feedbackAt)
                .when(feedback(null))
                .expectEventsMatching(anEvent(VisitEnded.class, "on 2024-12-18",
                        e -> e.lastDayOfVisit().equals(LocalDate.of(2024, 12, 18))));
    }

    @Test
    void resuming_a_visit_that_is_not_paused_is_refused() {
        fixture.given(pausedOnSite().resumed(PAUSED_ON_SITE.plusSeconds(3600)).events())
                .andGivenCurrentTime(PAUSED_ON_SITE.plusSeconds(7200))
                .when(resume(null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_PAUSED))
                .expectNoEvents();
    }

    @Test
    void a_visit_cannot_have_been_resumed_before_it_was_paused() {
        fixture.given(pausedOnSite().events())
                .andGivenCurrentTime(PAUSED_ON_SITE.plusSeconds(3600))
                .when(resume(PAUSED_ON_SITE.minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- incomplete

    @Test
    void ending_a_visit_that_is_not_paused_incomplete_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(PAUSED_ON_SITE)
                .when(incomplete(null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_PAUSED))
                .expectNoEvents();
    }

    /** On rulebook version 2, whose side exits leave the notifications as they are (NotificationEndsWithVisitRulesTest). */
    @Test
    void ending_a_paused_visit_incomplete_cancels_its_open_deadlines() {
        Instant ended = Instant.parse("2024-12-16T12:00:00Z");
        fixture.given(visitUnder("2", SCH_DECEMBER_2024, VisitStatus.ANNOUNCED).paused(PAUSED_ANNOUNCED).events())
                .andGivenCurrentTime(ended)
                .when(incomplete(null))
                .expectEvents(new VisitEndedIncomplete(VISIT, INCOMPLETE_REASON, ended),
                        new DeadlineCancelled(VISIT, "ANNEX_A_RETURN", DeadlineCode.ANNEX_A_RETURN,
                                Instant.parse("2024-12-16T13:00:00Z"), "visit ended incomplete", ended));
    }

    static Stream<Arguments> activitiesOnAnIncompleteVisit() {
        return Stream.of(
                Arguments.of("annex A returned", annexAReturned(null)),
                Arguments.of("arrival on site", arrival(null)),
                Arguments.of("verbal feedback", feedback(null)),
                Arguments.of("a concern", concern(ConcernCategory.SERIOUS, null)),
                Arguments.of("a pause", pause(null)),
                Arguments.of("a resume", resume(null)),
                Arguments.of("a second incomplete end", incomplete(null)));
    }

    @ParameterizedTest(name = "{0} on a visit ended incomplete is refused")
    @MethodSource("activitiesOnAnIncompleteVisit")
    void a_visit_ended_incomplete_takes_no_further_activity(String activity, Object command) {
        VisitHistory incomplete = pausedBeforeArrival().endedIncomplete(Instant.parse("2024-12-16T12:00:00Z"));
        fixture.given(incomplete.events())
                .andGivenCurrentTime(incomplete.lastAt().plusSeconds(3600))
                .when(command)
                .expectException(refusedBecause(Refusal.VISIT_INCOMPLETE))
                .expectNoEvents();
    }
}
