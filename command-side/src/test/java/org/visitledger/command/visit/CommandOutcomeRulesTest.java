package org.visitledger.command.visit;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.visitledger.events.*;

import java.time.Instant;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitMatchers.*;

/**
 * Command handlers answer the visit's version after the command (the sequence number of its last event, which the
 * REST layer returns as ETag) and the id of anything created; a stale expected version (If-Match) records nothing.
 */
class CommandOutcomeRulesTest {

    private static final Timeline T = SCH_DECEMBER_2024;

    private final FixtureConfiguration<Visit> fixture = fixture();

    @Test
    void the_outcome_carries_the_sequence_number_of_the_last_event_recorded() {
        VisitHistory ended = schVisitAt(VisitStatus.VISIT_ENDED);
        // ReportSubmittedForQa and DeadlineMet follow the given history
        fixture.given(ended.events())
                .andGivenCurrentTime(T.qa())
                .when(qaSubmission(null))
                .expectResultMessagePayload(new CommandOutcome(ended.version() + 2, null));
    }

    @Test
    void verbal_feedback_answers_the_version_after_its_six_events() {
        VisitHistory onSite = schVisitAt(VisitStatus.ON_SITE);
        fixture.given(onSite.events())
                .andGivenCurrentTime(T.feedback())
                .when(feedback(null))
                .expectResultMessagePayload(new CommandOutcome(onSite.version() + 6, null));
    }

    @Test
    void a_further_information_request_answers_its_request_id() {
        VisitHistory history = schVisitAt(VisitStatus.ON_SITE);
        fixture.given(history.events())
                .andGivenCurrentTime(T.arrived().plusSeconds(600))
                .when(furtherInformationRequest(Instant.parse("2024-12-17T12:00:00Z"), null))
                .expectResultMessagePayload(new CommandOutcome(history.version() + 2, "FI-1"));
    }

    @Test
    void a_command_expecting_the_current_version_is_accepted() {
        VisitHistory ended = schVisitAt(VisitStatus.VISIT_ENDED);
        fixture.given(ended.events())
                .andGivenCurrentTime(T.qa())
                .when(new SubmitReportForQa(VISIT, ended.version(), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReportSubmittedForQa(VISIT, T.qa()),
                        met(DeadlineCode.QA_SUBMISSION, Instant.parse("2024-12-19T23:59:59Z"), false, T.qa()));
    }

    @Test
    void a_command_expecting_a_stale_version_is_refused_and_records_nothing() {
        VisitHistory ended = schVisitAt(VisitStatus.VISIT_ENDED);
        fixture.given(ended.events())
                .andGivenCurrentTime(T.qa())
                .when(new SubmitReportForQa(VISIT, ended.version() - 1, null))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }
}
