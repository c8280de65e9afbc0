package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.ConcernCategory;
import org.visitledger.events.PersonalDataErased;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;

/**
 * Rule ERASURE-CRYPTO-SHREDDING in the aggregate: the administrator's erasure is recorded with its reason at any
 * stage of the visit, a closed one included, and the visit takes its next command as before.
 */
class PersonalDataErasureRulesTest {

    private static final Instant CONCERN = Instant.parse("2025-10-02T10:30:00Z");
    private static final Instant ERASED = Instant.parse("2026-12-05T10:00:00Z");
    private static final String REASON = "Erasure request ER-2026-0042";

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void an_erasure_is_recorded_with_its_reason_when_it_is_made() {
        VisitHistory withConcern = interimVisitAt(VisitStatus.ON_SITE).concernRaised(ConcernCategory.SAFEGUARDING,
                CONCERN);
        fixture.given(withConcern.events())
                .andGivenCurrentTime(ERASED)
                .when(new ErasePersonalData(VISIT, REASON))
                .expectEvents(new PersonalDataErased(VISIT, REASON, ERASED))
                .expectResultMessagePayload(new CommandOutcome(withConcern.version() + 1, null));
    }

    @Test
    void a_closed_visit_is_erased_too() {
        VisitHistory closed = interimVisitAt(VisitStatus.VISIT_ENDED)
                .factualAccuracyChecked(Instant.parse("2025-10-06T12:00:00Z"))
                .letterPublished(Instant.parse("2025-10-08T09:00:00Z"));
        fixture.given(closed.events())
                .andGivenCurrentTime(ERASED)
                .when(new ErasePersonalData(VISIT, REASON))
                .expectEvents(new PersonalDataErased(VISIT, REASON, ERASED));
    }

    @Test
    void an_erased_visit_takes_its_next_command_as_before() {
        VisitHistory erased = interimVisitAt(VisitStatus.ON_SITE).concernRaised(ConcernCategory.SAFEGUARDING, CONCERN);
        List<Object> history = new ArrayList<>(erased.events());
        history.add(new PersonalDataErased(VISIT, REASON, CONCERN.plusSeconds(60)));
        fixture.given(history)
                .andGivenCurrentTime(CONCERN.plusSeconds(120))
                .when(dutyDeskCall(null))
                .expectSuccessfulHandlerExecution();
    }
}
