package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;
import static org.visitledger.events.DeadlineCode.ANNEX_A_RETURN;
import static org.visitledger.events.DeadlineCode.FURTHER_INFORMATION;

/**
 * Annex A (RSS 14:00, SCH 13:00 with 5 extra items, on the announcement day: rules ANNEX-A-DUE, ANNEX-A-SCH-ITEMS,
 * ANNEX-A-RETURN) and SCH further-information requests (rules FURTHER-INFO-REQUEST, FURTHER-INFO-DUE,
 * FURTHER-INFO-RECEIVED; seed 001: after analysing Annex A, due when the lead inspector says).
 */
class AnnexAAndFurtherInformationRulesTest {

    private static final Timeline T = SCH_DECEMBER_2024;
    private static final Instant SCH_ANNEX_A_DUE = Instant.parse("2024-12-16T13:00:00Z");
    private static final Instant REQUESTED = Instant.parse("2024-12-16T12:45:00Z");
    private static final Instant FI_DUE = Instant.parse("2024-12-17T12:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static VisitHistory schWithAnnexA() {
        return schVisitAt(VisitStatus.ANNOUNCED).annexAReturned(T.annexAReturned());
    }

    @Test
    void annex_a_returned_after_its_miss_was_recorded_meets_the_deadline_late() {
        Instant returned = Instant.parse("2024-12-16T15:00:00Z");
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).annexAMissed().events())
                .andGivenCurrentTime(returned)
                .when(annexAReturned(null))
                .expectEvents(new AnnexAReturned(VISIT, returned), met(ANNEX_A_RETURN, SCH_ANNEX_A_DUE, true, returned));
    }

    @Test
    void annex_a_returned_after_13_00_is_late_even_before_the_miss_was_recorded() {
        Instant returned = Instant.parse("2024-12-16T13:00:01Z");
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(returned)
                .when(annexAReturned(null))
                .expectEvents(new AnnexAReturned(VISIT, returned), met(ANNEX_A_RETURN, SCH_ANNEX_A_DUE, true, returned));
    }

    @Test
    void annex_a_returned_exactly_at_13_00_is_on_time() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(SCH_ANNEX_A_DUE)
                .when(annexAReturned(null))
                .expectEvents(new AnnexAReturned(VISIT, SCH_ANNEX_A_DUE),
                        met(ANNEX_A_RETURN, SCH_ANNEX_A_DUE, false, SCH_ANNEX_A_DUE));
    }

    @Test
    void returning_annex_a_twice_is_refused() {
        fixture.given(schWithAnnexA().events())
                .andGivenCurrentTime(REQUESTED)
                .when(annexAReturned(null))
                .expectException(refusedBecause(Refusal.ANNEX_A_ALREADY_RETURNED))
                .expectNoEvents();
    }

    @Test
    void a_further_information_request_after_annex_a_is_fi_1_with_its_own_deadline() {
        VisitHistory history = schWithAnnexA();
        fixture.given(history.events())
                .andGivenCurrentTime(REQUESTED)
                .when(furtherInformationRequest(FI_DUE, null))
                .expectEvents(
                        new FurtherInformationRequested(VISIT, "FI-1", FURTHER_INFORMATION_ITEMS, FI_DUE, REQUESTED),
                        new DeadlineScheduled(VISIT, "FURTHER_INFORMATION:FI-1", FURTHER_INFORMATION,
                                DeadlineOwner.PROVIDER, FI_DUE, InformationRequests.RULE, REQUESTED))
                .expectScheduledDeadline(FI_DUE, new DeadlineDue("FURTHER_INFORMATION:FI-1"))
                .expectResultMessagePayload(new CommandOutcome(history.version() + 2, "FI-1"));
    }

    @Test
    void a_second_further_information_request_is_fi_2() {
        Instant second = Instant.parse("2024-12-16T16:00:00Z");
        Instant secondDue = Instant.parse("2024-12-18T09:00:00Z");
        VisitHistory history = schWithAnnexA().furtherInformationRequested(FI_DUE, REQUESTED);
        fixture.given(history.events())
                .andGivenCurrentTime(second)
                .when(furtherInformationRequest(secondDue, null))
                .expectEvents(
                        new FurtherInformationRequested(VISIT, "FI-2", FURTHER_INFORMATION_ITEMS, secondDue, second),
                        new DeadlineScheduled(VISIT, "FURTHER_INFORMATION:FI-2", FURTHER_INFORMATION,
                                DeadlineOwner.PROVIDER, secondDue, InformationRequests.RULE, second))
                .expectScheduledDeadline(secondDue, new DeadlineDue("FURTHER_INFORMATION:FI-2"))
                .expectResultMessagePayload(new CommandOutcome(history.version() + 2, "FI-2"));
    }

    @Test
    void further_information_requests_are_not_in_the_rss_rulebook() {
        fixture.given(rssVisitAt(VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(Instant.parse("2025-04-16T13:00:00Z"))
                .when(furtherInformationRequest(Instant.parse("2025-04-17T09:00:00Z"), null))
                .expectException(refusedBecause(Refusal.FURTHER_INFORMATION_NOT_IN_RULEBOOK))
                .expectNoEvents();
    }

    @Test
    void further_information_is_requested_only_after_annex_a_was_returned() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(REQUESTED)
                .when(furtherInformationRequest(FI_DUE, null))
                .expectException(refusedBecause(Refusal.ANNEX_A_NOT_RETURNED))
                .expectNoEvents();
    }

    @Test
    void further_information_due_at_the_moment_of_the_request_is_invalid() {
        fixture.given(schWithAnnexA().events())
                .andGivenCurrentTime(REQUESTED)
                .when(furtherInformationRequest(REQUESTED, REQUESTED))
                .expectException(invalid("dueAt"))
                .expectNoEvents();
    }

    @Test
    void further_information_due_before_the_request_is_invalid() {
        fixture.given(schWithAnnexA().events())
                .andGivenCurrentTime(REQUESTED)
                .when(furtherInformationRequest(REQUESTED.minusSeconds(1), null))
                .expectException(invalid("dueAt"))
                .expectNoEvents();
    }

    @Test
    void a_back_dated_request_whose_due_time_has_already_passed_is_recorded_missed_at_once() {
        Instant requestedAt = Instant.parse("2024-12-16T13:00:00Z");
        Instant dueAt = Instant.parse("2024-12-16T14:00:00Z");
        fixture.given(schWithAnnexA().events())
                .andGivenCurrentTime(Instant.parse("2024-12-16T15:00:00Z"))
                .when(furtherInformationRequest(dueAt, requestedAt))
                .expectEvents(
                        new FurtherInformationRequested(VISIT, "FI-1", FURTHER_INFORMATION_ITEMS, dueAt, requestedAt),
                        new DeadlineScheduled(VISIT, "FURTHER_INFORMATION:FI-1", FURTHER_INFORMATION,
                                DeadlineOwner.PROVIDER, dueAt, InformationRequests.RULE, requestedAt),
                        new DeadlineMissed(VISIT, "FURTHER_INFORMATION:FI-1", FURTHER_INFORMATION, dueAt, dueAt))
                .expectNoScheduledDeadlines();
    }

    @Test
    void further_information_is_not_requested_once_the_visit_has_ended() {
        fixture.given(schVisitAt(VisitStatus.VISIT_ENDED).events())
                .andGivenCurrentTime(T.feedback().plusSeconds(600))
                .when(furtherInformationRequest(T.feedback().plusSeconds(86_400), null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    @Test
    void fulfilling_a_request_on_time_meets_its_further_information_deadline() {
        Instant received = Instant.parse("2024-12-17T09:30:00Z");
        fixture.given(schWithAnnexA().furtherInformationRequested(FI_DUE, REQUESTED).events())
                .andGivenCurrentTime(received)
                .when(furtherInformationReceived("FI-1", null))
                .expectEvents(new FurtherInformationReceived(VISIT, "FI-1", received),
                        new DeadlineMet(VISIT, "FURTHER_INFORMATION:FI-1", FURTHER_INFORMATION, FI_DUE, false, false, received));
    }

    @Test
    void fulfilling_a_request_after_its_miss_was_recorded_meets_it_late() {
        Instant received = Instant.parse("2024-12-17T15:00:00Z");
        fixture.given(schWithAnnexA().furtherInformationRequested(FI_DUE, REQUESTED).furtherInformationMissed("FI-1")
                        .events())
                .andGivenCurrentTime(received)
                .when(furtherInformationReceived("FI-1", null))
                .expectEvents(new FurtherInformationReceived(VISIT, "FI-1", received),
                        new DeadlineMet(VISIT, "FURTHER_INFORMATION:FI-1", FURTHER_INFORMATION, FI_DUE, true, false, received));
    }

    @Test
    void fulfilling_the_second_request_meets_only_the_second_deadline() {
        Instant secondDue = Instant.parse("2024-12-18T09:00:00Z");
        Instant received = Instant.parse("2024-12-17T10:00:00Z");
        fixture.given(schWithAnnexA().furtherInformationRequested(FI_DUE, REQUESTED)
                        .furtherInformationRequested(secondDue, REQUESTED.plusSeconds(60)).events())
                .andGivenCurrentTime(received)
                .when(furtherInformationReceived("FI-2", null))
                .expectEvents(new FurtherInformationReceived(VISIT, "FI-2", received),
                        new DeadlineMet(VISIT, "FURTHER_INFORMATION:FI-2", FURTHER_INFORMATION, secondDue, false, false,
                                received));
    }

    @Test
    void fulfilling_an_unknown_request_is_refused() {
        fixture.given(schWithAnnexA().furtherInformationRequested(FI_DUE, REQUESTED).events())
                .andGivenCurrentTime(REQUESTED.plusSeconds(600))
                .when(furtherInformationReceived("FI-2", null))
                .expectException(refusedBecause(Refusal.UNKNOWN_INFORMATION_REQUEST))
                .expectNoEvents();
    }

    @Test
    void fulfilling_a_request_twice_is_refused() {
        Instant received = Instant.parse("2024-12-17T09:30:00Z");
        fixture.given(schWithAnnexA().furtherInformationRequested(FI_DUE, REQUESTED)
                        .furtherInformationReceived("FI-1", received).events())
                .andGivenCurrentTime(received.plusSeconds(600))
                .when(furtherInformationReceived("FI-1", null))
                .expectException(refusedBecause(Refusal.INFORMATION_ALREADY_RECEIVED))
                .expectNoEvents();
    }
}
