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

/** A visit may be withdrawn before it ends; its open deadlines are cancelled and it takes no further activity. */
class WithdrawalRulesTest {

    private static final Timeline T = SCH_DECEMBER_2024;

    private final FixtureConfiguration<Visit> fixture = fixture();

    /** On rulebook version 2, whose side exits leave the notifications as they are (NotificationEndsWithVisitRulesTest). */
    @Test
    void withdrawing_an_announced_visit_cancels_its_open_annex_a_deadline() {
        Instant withdrawn = Instant.parse("2024-12-16T10:00:00Z");
        VisitHistory announced = visitUnder("2", SCH_DECEMBER_2024, VisitStatus.ANNOUNCED);
        fixture.given(announced.events())
                .andGivenCurrentTime(withdrawn)
                .when(withdrawal(null))
                .expectEvents(new VisitWithdrawn(VISIT, WITHDRAWAL_REASON, withdrawn),
                        new DeadlineCancelled(VISIT, "ANNEX_A_RETURN", DeadlineCode.ANNEX_A_RETURN,
                                Instant.parse("2024-12-16T13:00:00Z"), "visit withdrawn", withdrawn))
                .expectResultMessagePayload(new CommandOutcome(announced.version() + 2, null));
    }

    /** On rulebook version 2, whose side exits leave the notifications as they are (NotificationEndsWithVisitRulesTest). */
    @Test
    void withdrawing_on_site_cancels_only_the_deadlines_still_open() {
        Instant firstDue = Instant.parse("2024-12-17T12:00:00Z");
        Instant withdrawn = Instant.parse("2024-12-16T17:00:00Z");
        VisitHistory onSite = visitUnder("2", SCH_DECEMBER_2024, VisitStatus.ANNOUNCED).annexAReturned(T.annexAReturned())
                .furtherInformationRequested(firstDue, Instant.parse("2024-12-16T12:45:00Z"))
                .furtherInformationRequested(Instant.parse("2024-12-17T09:00:00Z"), Instant.parse("2024-12-16T12:50:00Z"))
                .furtherInformationReceived("FI-2", Instant.parse("2024-12-16T13:30:00Z"))
                .arrived(T.arrived());
        fixture.given(onSite.events())
                .andGivenCurrentTime(withdrawn)
                .when(withdrawal(null))
                .expectEvents(new VisitWithdrawn(VISIT, WITHDRAWAL_REASON, withdrawn),
                        new DeadlineCancelled(VISIT, "FURTHER_INFORMATION:FI-1", DeadlineCode.FURTHER_INFORMATION,
                                firstDue, "visit withdrawn", withdrawn));
    }

    /** On rulebook version 2, whose side exits leave the notifications as they are (NotificationEndsWithVisitRulesTest). */
    @Test
    void withdrawing_a_visit_with_no_open_deadline_records_only_the_withdrawal() {
        Instant withdrawn = Instant.parse("2025-04-16T15:00:00Z");
        fixture.given(visitUnder("2", RSS_EASTER_2025, VisitStatus.ON_SITE).events())
                .andGivenCurrentTime(withdrawn)
                .when(withdrawal(null))
                .expectEvents(new VisitWithdrawn(VISIT, WITHDRAWAL_REASON, withdrawn));
    }

    @Test
    void withdrawing_after_the_visit_has_ended_is_refused() {
        VisitHistory ended = schVisitAt(VisitStatus.VISIT_ENDED);
        fixture.given(ended.events())
                .andGivenCurrentTime(ended.lastAt().plusSeconds(3600))
                .when(withdrawal(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    @Test
    void withdrawing_after_the_final_report_is_refused() {
        VisitHistory finalSent = rssVisitAt(VisitStatus.FINAL_SENT);
        fixture.given(finalSent.events())
                .andGivenCurrentTime(finalSent.lastAt().plusSeconds(3600))
                .when(withdrawal(null))
                .expectException(refusedBecause(Refusal.VISIT_ALREADY_ENDED))
                .expectNoEvents();
    }

    @Test
    void withdrawing_twice_is_refused() {
        VisitHistory withdrawn = schVisitAt(VisitStatus.WITHDRAWN);
        fixture.given(withdrawn.events())
                .andGivenCurrentTime(withdrawn.lastAt().plusSeconds(3600))
                .when(withdrawal(null))
                .expectException(refusedBecause(Refusal.VISIT_WITHDRAWN))
                .expectNoEvents();
    }

    static Stream<Arguments> activitiesOnAWithdrawnVisit() {
        return Stream.of(
                Arguments.of("annex A returned", annexAReturned(null)),
                Arguments.of("further information requested", furtherInformationRequest(
                        Instant.parse("2024-12-17T12:00:00Z"), null)),
                Arguments.of("further information received", furtherInformationReceived("FI-1", null)),
                Arguments.of("arrival on site", arrival(null)),
                Arguments.of("verbal feedback", feedback(null)),
                Arguments.of("QA submission", qaSubmission(null)),
                Arguments.of("draft report", draftReport(null)),
                Arguments.of("provider comments", providerComments(null)),
                Arguments.of("final report", finalReport(null)),
                Arguments.of("publication", publication(null)));
    }

    @ParameterizedTest(name = "{0} on a withdrawn visit is refused")
    @MethodSource("activitiesOnAWithdrawnVisit")
    void activity_on_a_withdrawn_visit_is_refused(String activity, Object command) {
        VisitHistory withdrawn = schVisitAt(VisitStatus.WITHDRAWN);
        fixture.given(withdrawn.events())
                .andGivenCurrentTime(withdrawn.lastAt().plusSeconds(3600))
                .when(command)
                .expectException(refusedBecause(Refusal.VISIT_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void a_complaint_on_a_withdrawn_visit_is_refused() {
        VisitHistory withdrawn = schVisitAt(VisitStatus.WITHDRAWN);
        fixture.given(withdrawn.events())
                .andGivenCurrentTime(withdrawn.lastAt().plusSeconds(3600))
                .when(complaint(null))
                .expectException(refusedBecause(Refusal.VISIT_WITHDRAWN))
                .expectNoEvents();
    }
}
