package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.invalid;

/**
 * Rule OCCURRED-AT-RECEIVED: lateness is judged by when the inspectorate received an act. A provider's own act is
 * received when it is recorded, so a provider may not state an earlier occurredAt; inspectorate staff may, to record
 * what they received earlier (the event keeps that time and the store the time it was recorded). The SCH visit was
 * announced on Monday 16 December 2024 (GMT): its deferral cut-off is 16:30Z that day; its complaint window closes at
 * the end of Wednesday 5 February 2025.
 */
class OccurredAtReceivedRulesTest {

    private static final Map<String, Object> FROM_PROVIDER = Map.of(ReceivedWhenRecorded.SENT_BY_PROVIDER, true);
    private static final Instant SENT_AT_1705 = Instant.parse("2024-12-16T17:05:00Z");
    private static final Instant CLAIMED_1625 = Instant.parse("2024-12-16T16:25:00Z");
    private static final Instant AFTER_THE_WINDOW = Instant.parse("2025-02-07T10:00:00Z");
    private static final Instant INSIDE_THE_WINDOW = Instant.parse("2025-02-04T10:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void a_providers_deferral_request_sent_at_17_05_may_not_claim_16_25() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(SENT_AT_1705)
                .when(deferralRequest(CLAIMED_1625), FROM_PROVIDER)
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void a_providers_deferral_request_is_received_when_recorded_so_17_05_is_late() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(SENT_AT_1705)
                .when(deferralRequest(null), FROM_PROVIDER)
                .expectEvents(new DeferralRequested(VISIT, DEFERRAL_REASON, true, SENT_AT_1705));
    }

    @Test
    void inspectorate_staff_may_record_a_request_they_received_at_16_25_as_on_time() {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(SENT_AT_1705)
                .when(deferralRequest(CLAIMED_1625))
                .expectEvents(new DeferralRequested(VISIT, DEFERRAL_REASON, false, CLAIMED_1625));
    }

    @Test
    void a_providers_complaint_received_after_the_window_may_not_be_dated_inside_it() {
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).complaintWindowLapsed().events())
                .andGivenCurrentTime(AFTER_THE_WINDOW)
                .when(complaint(INSIDE_THE_WINDOW), FROM_PROVIDER)
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void a_providers_complaint_received_after_the_window_is_late() {
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).complaintWindowLapsed().events())
                .andGivenCurrentTime(AFTER_THE_WINDOW)
                .when(complaint(null), FROM_PROVIDER)
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, true, AFTER_THE_WINDOW));
    }

    @Test
    void inspectorate_staff_may_record_a_complaint_received_inside_the_window_as_on_time() {
        fixture.given(schVisitAt(VisitStatus.FINAL_SENT).events())
                .andGivenCurrentTime(AFTER_THE_WINDOW)
                .when(complaint(INSIDE_THE_WINDOW))
                .expectEvents(new FormalComplaintLodged(VISIT, "C-1", COMPLAINT, false, INSIDE_THE_WINDOW));
    }

    static Stream<Arguments> everyProviderAct() {
        Instant earlier = CLAIMED_1625;
        return Stream.of(
                Arguments.of("Annex A returned", annexAReturned(earlier)),
                Arguments.of("further information received", furtherInformationReceived("FI-1", earlier)),
                Arguments.of("a provider concern", providerConcern(false, earlier)),
                Arguments.of("a provider concern escalated", escalation("PC-1", earlier)),
                Arguments.of("the provider's comments", providerComments(earlier)),
                Arguments.of("a formal complaint", complaint(earlier)),
                Arguments.of("the factual-accuracy check", factualAccuracyCheck(earlier)),
                Arguments.of("a deferral request", deferralRequest(earlier)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProviderAct")
    void no_provider_act_sent_by_the_provider_may_state_when_it_happened(String act, ProviderAct command) {
        fixture.given(schVisitAt(VisitStatus.ANNOUNCED).events())
                .andGivenCurrentTime(SENT_AT_1705)
                .when(command, FROM_PROVIDER)
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }
}
