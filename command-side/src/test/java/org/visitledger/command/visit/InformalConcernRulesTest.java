package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.Map;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Rule INFORMAL-CONCERN-NEXT-DAY (seed 004: "the provider can contact Ofsted on the working day after the end of the
 * inspection ... directed to an inspector who is independent of the inspection"): an informal concern is recorded only
 * on the working day after the visit ended, handled by someone who was not on the visit team, and not recorded by a
 * member of it. SCH story: feedback on Wednesday 18 December 2024; the working day after is Thursday 19.
 */
class InformalConcernRulesTest {

    private static final Instant NEXT_DAY = Instant.parse("2024-12-19T11:00:00Z");
    private static final String SUMMARY = "The home feels its training records were not considered";
    private static final String INDEPENDENT = "Ann Hale, senior HMI";
    private static final String OUTCOME = "The records will be reviewed before the draft report";

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void an_informal_concern_on_the_working_day_after_handled_by_someone_independent_is_recorded() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(NEXT_DAY)
                .when(informalConcern(INDEPENDENT, null), Map.of(EventMetadataKeys.ACTOR, "Raj Patel"))
                .expectEvents(new InformalConcernHandled(VISIT, "IC-1", SUMMARY, INDEPENDENT, OUTCOME, NEXT_DAY));
    }

    @Test
    void an_informal_concern_on_the_day_of_the_visit_is_refused() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(NEXT_DAY)
                .when(informalConcern(INDEPENDENT, SCH_DECEMBER_2024.feedback().plusSeconds(600)))
                .expectException(refusedBecause(Refusal.NOT_THE_WORKING_DAY_AFTER_THE_VISIT))
                .expectNoEvents();
    }

    @Test
    void an_informal_concern_two_working_days_after_is_refused() {
        Instant friday = Instant.parse("2024-12-20T10:00:00Z");
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(friday)
                .when(informalConcern(INDEPENDENT, null))
                .expectException(refusedBecause(Refusal.NOT_THE_WORKING_DAY_AFTER_THE_VISIT))
                .expectNoEvents();
    }

    @Test
    void an_informal_concern_before_the_visit_ended_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(Instant.parse("2024-12-17T10:00:00Z"))
                .when(informalConcern(INDEPENDENT, null))
                .expectException(refusedBecause(Refusal.VISIT_NOT_ENDED))
                .expectNoEvents();
    }

    @Test
    void the_lead_inspector_cannot_handle_an_informal_concern_about_their_own_visit() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(NEXT_DAY)
                .when(informalConcern(" jo smith ", null))
                .expectException(refusedBecause(Refusal.HANDLER_NOT_INDEPENDENT))
                .expectNoEvents();
    }

    @Test
    void a_team_inspector_cannot_record_it_either() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(NEXT_DAY)
                .when(informalConcern(INDEPENDENT, null), Map.of(EventMetadataKeys.ACTOR, "Sam Lee"))
                .expectException(refusedBecause(Refusal.HANDLER_NOT_INDEPENDENT))
                .expectNoEvents();
    }

    private static RecordInformalConcern informalConcern(String handledBy, Instant at) {
        return new RecordInformalConcern(VISIT, null, SUMMARY, handledBy, OUTCOME, at);
    }
}
