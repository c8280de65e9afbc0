package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * seed 001: "The lead inspector will inform the DfE of monitoring visit outcomes" (rule NOTIFY-DFE-MONITORING-OUTCOME:
 * by the end of the next working day after the monitoring visit's report is final). The monitoring-visit process asks
 * for it when it follows an SCH visit, and may ask again when it retries.
 */
class MonitoringOutcomeRulesTest {

    private static final String DFE = "Department for Education";
    private static final String OUTCOME = "Outcome of the monitoring visit";
    /** A Friday: the next working day is Monday 10 March 2025. */
    private static final Instant FINAL_ON_FRIDAY = Instant.parse("2025-03-07T10:00:00Z");

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static VisitHistory monitoringFinalSentOnFriday() {
        return monitoringVisitAt(VisitStatus.COMMENTS_RECEIVED).finalSent(FINAL_ON_FRIDAY);
    }

    @Test
    void the_dfe_outcome_notification_is_due_by_the_end_of_the_next_working_day_after_the_final_report() {
        VisitHistory finalSent = monitoringFinalSentOnFriday();
        fixture.given(finalSent.events())
                .andGivenCurrentTime(FINAL_ON_FRIDAY.plusSeconds(5))
                .when(monitoringOutcome(FINAL_ON_FRIDAY))
                .expectEvents(new NotificationRequired(VISIT, "N-2", DFE, NotificationChannel.EMAIL, OUTCOME,
                        Instant.parse("2025-03-10T23:59:59Z"), FINAL_ON_FRIDAY))
                .expectResultMessagePayload(new CommandOutcome(finalSent.version() + 1, null));
    }

    @Test
    void a_repeated_request_for_the_outcome_notification_records_nothing() {
        VisitHistory alreadyRequired = monitoringFinalSentOnFriday().notificationRequired(DFE,
                NotificationChannel.EMAIL, OUTCOME, Instant.parse("2025-03-10T23:59:59Z"), FINAL_ON_FRIDAY);
        fixture.given(alreadyRequired.events())
                .andGivenCurrentTime(FINAL_ON_FRIDAY.plusSeconds(60))
                .when(monitoringOutcome(FINAL_ON_FRIDAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void only_a_monitoring_visit_has_an_outcome_to_report() {
        VisitHistory schFinalSent = schVisitAt(VisitStatus.FINAL_SENT);
        fixture.given(schFinalSent.events())
                .andGivenCurrentTime(schFinalSent.lastAt().plusSeconds(60))
                .when(monitoringOutcome(null))
                .expectException(refusedBecause(Refusal.NOT_A_MONITORING_VISIT))
                .expectNoEvents();
    }

    @Test
    void the_outcome_is_not_reported_before_the_final_report_was_sent() {
        VisitHistory commented = monitoringVisitAt(VisitStatus.COMMENTS_RECEIVED);
        fixture.given(commented.events())
                .andGivenCurrentTime(commented.lastAt().plusSeconds(60))
                .when(monitoringOutcome(null))
                .expectException(refusedBecause(Refusal.FINAL_REPORT_NOT_SENT))
                .expectNoEvents();
    }
}
