package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Rule PAUSE-DIRECTOR-ADVICE (seed 004: "the duty desk will liaise with the regional director who will advise on next
 * steps"): the regional director's advice on a paused visit is recorded, and from RSS and SCH rulebook version 4 (and
 * MONITORING version 3) a paused visit is resumed or ended incomplete only once the advice on that pause is recorded.
 * Visits under older versions resume as before. SCH story: paused on site on Tuesday 17 December 2024 at 10:00.
 */
class PauseDirectorAdviceRulesTest {

    private static final Instant PAUSED = Instant.parse("2024-12-17T10:00:00Z");
    private static final Instant ADVISED = Instant.parse("2024-12-17T10:30:00Z");
    private static final Instant LATER = Instant.parse("2024-12-17T11:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void the_regional_directors_advice_on_a_paused_visit_is_recorded() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).paused(PAUSED).events())
                .andGivenCurrentTime(ADVISED)
                .when(pauseAdvice(null))
                .expectEvents(new PauseAdvised(VISIT, PAUSE_ADVICE, ADVISED));
    }

    @Test
    void advice_on_a_visit_that_is_not_paused_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(ADVISED)
                .when(pauseAdvice(null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_PAUSED))
                .expectNoEvents();
    }

    @Test
    void a_paused_visit_is_not_resumed_without_the_regional_directors_advice() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).paused(PAUSED).events())
                .andGivenCurrentTime(LATER)
                .when(resume(null))
                .expectException(refusedBecause(Refusal.NO_REGIONAL_DIRECTOR_ADVICE))
                .expectNoEvents();
    }

    @Test
    void a_paused_visit_is_not_ended_incomplete_without_the_regional_directors_advice() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).paused(PAUSED).events())
                .andGivenCurrentTime(LATER)
                .when(incomplete(null))
                .expectException(refusedBecause(Refusal.NO_REGIONAL_DIRECTOR_ADVICE))
                .expectNoEvents();
    }

    @Test
    void once_advised_the_paused_visit_resumes() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).paused(PAUSED).pauseAdvised(ADVISED).events())
                .andGivenCurrentTime(LATER)
                .when(resume(null))
                .expectEvents(new VisitResumed(VISIT, RESUME_REASON, LATER));
    }

    @Test
    void the_advice_on_an_earlier_pause_does_not_cover_the_next_one() {
        Instant pausedAgain = Instant.parse("2024-12-17T14:00:00Z");
        fixture.given(schVisitAt(VisitStatus.ON_SITE).paused(PAUSED).pauseAdvised(ADVISED).resumed(LATER)
                        .paused(pausedAgain).events())
                .andGivenCurrentTime(pausedAgain.plusSeconds(1800))
                .when(resume(null))
                .expectException(refusedBecause(Refusal.NO_REGIONAL_DIRECTOR_ADVICE))
                .expectNoEvents();
    }

    @Test
    void under_sch_version_3_a_paused_visit_resumes_without_the_advice_as_it_always_did() {
        fixture.given(visitUnder("3", SCH_DECEMBER_2024, VisitStatus.ON_SITE).paused(PAUSED).events())
                .andGivenCurrentTime(LATER)
                .when(resume(null))
                .expectEvents(new VisitResumed(VISIT, RESUME_REASON, LATER));
    }
}
