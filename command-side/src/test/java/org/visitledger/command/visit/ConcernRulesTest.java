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
 * Raising concerns about children's safety (rules CONCERN-CATEGORIES, VISIT-FEEDBACK-STATES-CONCERNS): the categories a
 * visit's rulebook takes, the ids CON-1, CON-2..., the visits that take no more concerns, and the feedback that must
 * then state serious or widespread concerns. What a serious concern escalates is in {@link SeriousConcernRulesTest}.
 */
class ConcernRulesTest {

    private static final Instant ON_SITE_NEXT_MORNING = Instant.parse("2024-12-17T11:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void a_serious_concern_raised_on_site_is_recorded_as_con_1_and_escalates_nothing_before_the_visit_ends() {
        VisitHistory onSite = schVisitAt(VisitStatus.ON_SITE);
        fixture.given(onSite.events())
                .andGivenCurrentTime(ON_SITE_NEXT_MORNING)
                .when(concern(ConcernCategory.SERIOUS, null))
                .expectEvents(new ConcernRaised(VISIT, "CON-1", ConcernCategory.SERIOUS, CONCERN_SUMMARY, CONCERN_DETAILS,
                        ON_SITE_NEXT_MORNING))
                .expectResultMessagePayload(new CommandOutcome(onSite.version() + 1, "CON-1"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void the_second_concern_of_a_visit_is_con_2() {
        VisitHistory oneConcern = schVisitAt(VisitStatus.ON_SITE)
                .concernRaised(ConcernCategory.SERIOUS, Instant.parse("2024-12-16T16:00:00Z"));
        fixture.given(oneConcern.events())
                .andGivenCurrentTime(ON_SITE_NEXT_MORNING)
                .when(concern(ConcernCategory.WIDESPREAD, null))
                .expectEvents(new ConcernRaised(VISIT, "CON-2", ConcernCategory.WIDESPREAD, CONCERN_SUMMARY,
                        CONCERN_DETAILS, ON_SITE_NEXT_MORNING))
                .expectResultMessagePayload(new CommandOutcome(oneConcern.version() + 1, "CON-2"));
    }

    static Stream<Arguments> categoriesOfOtherVisitTypes() {
        return Stream.of(SCH_DECEMBER_2024, RSS_EASTER_2025).flatMap(timeline -> Stream.of(
                        ConcernCategory.SAFEGUARDING, ConcernCategory.LEADERSHIP_BREAKDOWN,
                        ConcernCategory.SIGNIFICANT_RISK_OF_HARM)
                .map(category -> Arguments.of(timeline.type(), category, timeline)));
    }

    @ParameterizedTest(name = "{0} visit: {1} is invalid")
    @MethodSource("categoriesOfOtherVisitTypes")
    void assurance_visits_take_only_serious_or_widespread_concerns(VisitType type, ConcernCategory category,
                                                                   Timeline timeline) {
        VisitHistory onSite = visitAt(timeline, VisitStatus.ON_SITE);
        fixture.given(onSite.events())
                .andGivenCurrentTime(onSite.lastAt().plusSeconds(3600))
                .when(concern(category, null))
                .expectException(invalid("category"))
                .expectNoEvents();
    }

    @Test
    void a_visit_announced_under_rulebook_version_1_takes_no_concerns() {
        VisitHistory underVersion1 = VisitHistory.announcedUnder(VisitType.SCH_ASSURANCE, "1",
                Instant.parse("2024-12-16T09:00:00Z")).arrived(Instant.parse("2024-12-16T14:00:00Z"));
        fixture.given(underVersion1.events())
                .andGivenCurrentTime(ON_SITE_NEXT_MORNING)
                .when(concern(ConcernCategory.SERIOUS, null))
                .expectException(invalid("category"))
                .expectNoEvents();
    }

    @Test
    void a_concern_cannot_have_been_raised_before_the_visit_was_announced() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(ON_SITE_NEXT_MORNING)
                .when(concern(ConcernCategory.SERIOUS, Instant.parse("2024-12-16T08:59:59Z")))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    static Stream<Arguments> visitsThatTakeNoMoreConcerns() {
        Instant requested = Instant.parse("2024-12-16T10:00:00Z");
        Instant paused = Instant.parse("2024-12-17T10:00:00Z");
        return Stream.of(
                Arguments.of("withdrawn", schVisitAt(VisitStatus.WITHDRAWN), Refusal.VISIT_WITHDRAWN),
                Arguments.of("closed", schVisitAt(VisitStatus.CLOSED), Refusal.VISIT_CLOSED),
                Arguments.of("deferred", schVisitAt(VisitStatus.ANNOUNCED).deferralRequested(false, requested)
                        .deferralGranted(requested.plusSeconds(3600)), Refusal.VISIT_DEFERRED),
                Arguments.of("paused", schVisitAt(VisitStatus.ON_SITE).paused(paused), Refusal.VISIT_PAUSED),
                Arguments.of("ended incomplete", schVisitAt(VisitStatus.ON_SITE).paused(paused)
                        .endedIncomplete(paused.plusSeconds(3600)), Refusal.VISIT_INCOMPLETE));
    }

    @ParameterizedTest(name = "a concern on a {0} visit is refused")
    @MethodSource("visitsThatTakeNoMoreConcerns")
    void a_concern_on_a_visit_that_takes_no_more_activity_is_refused(String state, VisitHistory history,
                                                                     Refusal refusal) {
        fixture.given(history.events())
                .andGivenCurrentTime(history.lastAt().plusSeconds(3600))
                .when(concern(ConcernCategory.SERIOUS, null))
                .expectException(refusedBecause(refusal))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "after a {0} concern")
    @EnumSource(value = ConcernCategory.class, names = {"SERIOUS", "WIDESPREAD"})
    void feedback_stating_no_serious_concerns_after_a_serious_or_widespread_concern_is_refused(ConcernCategory category) {
        VisitHistory withConcern = schVisitAt(VisitStatus.ON_SITE).concernRaised(category, ON_SITE_NEXT_MORNING);
        fixture.given(withConcern.events())
                .andGivenCurrentTime(SCH_DECEMBER_2024.feedback())
                .when(feedback(null))
                .expectException(refusedBecause(Refusal.SERIOUS_CONCERNS_RAISED))
                .expectNoEvents();
    }
}
