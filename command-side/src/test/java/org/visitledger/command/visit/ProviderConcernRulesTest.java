package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visitledger.events.*;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * seed 004, "Concerns about the inspection" (rules PROVIDER-CONCERN-RECORD, PROVIDER-CONCERN-ESCALATE): the provider
 * raises them with the lead inspector, recorded with the action taken as PC-1, PC-2...; one left unresolved may be
 * escalated to a senior inspector or the regional inspection manager, once. The provider may still raise them after the
 * visit (the working day after it, on the draft).
 */
class ProviderConcernRulesTest {

    private static final Instant RAISED = Instant.parse("2024-12-17T11:00:00Z");
    private static final Instant ESCALATED = Instant.parse("2024-12-17T15:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void a_provider_concern_is_recorded_with_the_action_taken_as_pc_1() {
        VisitHistory onSite = schVisitAt(VisitStatus.ON_SITE);
        fixture.given(onSite.events())
                .andGivenCurrentTime(RAISED)
                .when(providerConcern(true, null))
                .expectEvents(new ProviderConcernRecorded(VISIT, "PC-1", PROVIDER_CONCERN, ACTION_TAKEN, true, RAISED))
                .expectResultMessagePayload(new CommandOutcome(onSite.version() + 1, "PC-1"));
    }

    @Test
    void the_second_provider_concern_is_pc_2() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).providerConcernRecorded(true, RAISED).events())
                .andGivenCurrentTime(ESCALATED)
                .when(providerConcern(false, null))
                .expectEvents(new ProviderConcernRecorded(VISIT, "PC-2", PROVIDER_CONCERN, ACTION_TAKEN, false,
                        ESCALATED));
    }

    @Test
    void a_provider_concern_may_be_raised_on_the_working_day_after_the_visit() {
        Instant nextDay = Instant.parse("2024-12-19T10:00:00Z");
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(nextDay)
                .when(providerConcern(false, null))
                .expectEvents(new ProviderConcernRecorded(VISIT, "PC-1", PROVIDER_CONCERN, ACTION_TAKEN, false,
                        nextDay));
    }

    @Test
    void a_provider_concern_on_a_withdrawn_visit_is_refused() {
        VisitHistory withdrawn = schVisitAt(VisitStatus.WITHDRAWN);
        fixture.given(withdrawn.events())
                .andGivenCurrentTime(withdrawn.lastAt().plusSeconds(3600))
                .when(providerConcern(false, null))
                .expectException(refusedBecause(Refusal.VISIT_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void a_provider_concern_cannot_have_been_raised_before_the_announcement() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(RAISED)
                .when(providerConcern(false, SCH_DECEMBER_2024.announced().minusSeconds(1)))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- escalation

    @Test
    void an_unresolved_provider_concern_is_escalated() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).providerConcernRecorded(false, RAISED).events())
                .andGivenCurrentTime(ESCALATED)
                .when(escalation("PC-1", null))
                .expectEvents(new ProviderConcernEscalated(VISIT, "PC-1", ESCALATED_TO_CONTACT, ESCALATED));
    }

    /** Rule PROVIDER-CONCERN-ESCALATE: the role given is recorded beside the name, whatever the name says. */
    @Test
    void an_escalation_records_the_role_it_was_given() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).providerConcernRecorded(false, RAISED).events())
                .andGivenCurrentTime(ESCALATED)
                .when(new EscalateProviderConcern(VISIT, null, "PC-1", "Jo Bloggs", EscalationRole.SENIOR_INSPECTOR,
                        null))
                .expectEvents(new ProviderConcernEscalated(VISIT, "PC-1",
                        new EscalationContact(EscalationRole.SENIOR_INSPECTOR, "Jo Bloggs"), ESCALATED));
    }

    /** Rule PROVIDER-CONCERN-ESCALATE: without a role, the one the name states; a bare name states none. */
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"RIM North, REGIONAL_INSPECTION_MANAGER", "Senior HMI Jo Bloggs, SENIOR_INSPECTOR",
            "Jo Bloggs, NOT_STATED"})
    void an_escalation_without_a_role_takes_the_one_its_name_states(String name, EscalationRole role) {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).providerConcernRecorded(false, RAISED).events())
                .andGivenCurrentTime(ESCALATED)
                .when(new EscalateProviderConcern(VISIT, null, "PC-1", name, null, null))
                .expectEvents(new ProviderConcernEscalated(VISIT, "PC-1", new EscalationContact(role, name),
                        ESCALATED));
    }

    @Test
    void escalating_an_unknown_provider_concern_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).providerConcernRecorded(false, RAISED).events())
                .andGivenCurrentTime(ESCALATED)
                .when(escalation("PC-2", null))
                .expectException(refusedBecause(Refusal.UNKNOWN_PROVIDER_CONCERN))
                .expectNoEvents();
    }

    @Test
    void escalating_a_provider_concern_resolved_with_the_lead_inspector_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).providerConcernRecorded(true, RAISED).events())
                .andGivenCurrentTime(ESCALATED)
                .when(escalation("PC-1", null))
                .expectException(refusedBecause(Refusal.PROVIDER_CONCERN_RESOLVED))
                .expectNoEvents();
    }

    @Test
    void escalating_a_provider_concern_twice_is_refused() {
        fixture.given(schVisitAt(VisitStatus.ON_SITE).providerConcernRecorded(false, RAISED)
                        .providerConcernEscalated("PC-1", ESCALATED).events())
                .andGivenCurrentTime(ESCALATED.plusSeconds(3600))
                .when(escalation("PC-1", null))
                .expectException(refusedBecause(Refusal.PROVIDER_CONCERN_ALREADY_ESCALATED))
                .expectNoEvents();
    }

    @Test
    void escalating_on_a_withdrawn_visit_is_refused() {
        VisitHistory withdrawn = schVisitAt(VisitStatus.ANNOUNCED).annexAReturned(SCH_DECEMBER_2024.annexAReturned())
                .providerConcernRecorded(false, Instant.parse("2024-12-16T13:00:00Z"))
                .withdrawn(Instant.parse("2024-12-16T14:00:00Z"));
        fixture.given(withdrawn.events())
                .andGivenCurrentTime(Instant.parse("2024-12-16T15:00:00Z"))
                .when(escalation("PC-1", null))
                .expectException(refusedBecause(Refusal.VISIT_WITHDRAWN))
                .expectNoEvents();
    }
}
