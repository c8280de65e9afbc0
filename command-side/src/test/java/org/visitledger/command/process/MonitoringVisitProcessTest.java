package org.visitledger.command.process;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.command.visit.RequireMonitoringOutcomeNotification;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;

/**
 * The monitoring-visit process (rules MONITORING-COMMISSION, NOTIFY-DFE-MONITORING-OUTCOME): a monitoring visit
 * commissioned on the followed visit is announced as a MONITORING visit linked to it; its final report after an SCH
 * visit requires the DfE outcome notification. The process follows only the monitoring visit.
 */
class MonitoringVisitProcessTest {

    private static final String FOLLOWED = "visit-1";
    private static final String MONITORING = "visit-2";
    private static final Provider PROVIDER = new Provider("SC000001", "Oakfield Secure Home", "Kent", "South East");
    private static final List<String> PLACING_AUTHORITIES = List.of("Kent", "Medway");
    private static final List<String> TEAM = List.of("Sam Lee");
    private static final Instant COMMISSIONED = Instant.parse("2025-01-06T10:00:00Z");
    private static final Instant FINAL_SENT = Instant.parse("2025-03-07T10:00:00Z");

    private final SagaTestFixture<MonitoringVisitProcess> fixture = new SagaTestFixture<>(MonitoringVisitProcess.class);

    private static MonitoringVisitCommissioned commissioned(VisitType followedType) {
        return new MonitoringVisitCommissioned(FOLLOWED, MONITORING, followedType, PROVIDER, PLACING_AUTHORITIES,
                "Jo Smith", TEAM, 2, COMMISSIONED);
    }

    private static FinalReportSent finalReport(String visitId) {
        return new FinalReportSent(visitId, List.of("Review the restraint records weekly"), List.of(), false, false,
                FINAL_SENT);
    }

    @Test
    void a_commissioned_monitoring_visit_is_announced_linked_to_the_visit_it_follows() {
        fixture.givenNoPriorActivity()
                .whenAggregate(FOLLOWED).publishes(commissioned(VisitType.SCH_ASSURANCE))
                .expectActiveSagas(1)
                .expectAssociationWith("visitId", MONITORING)
                .expectNoAssociationWith("visitId", FOLLOWED)
                .expectDispatchedCommands(new AnnounceVisit(MONITORING, VisitType.MONITORING, PROVIDER, "Jo Smith", TEAM,
                        PLACING_AUTHORITIES, 2, null, FOLLOWED, VisitType.SCH_ASSURANCE, COMMISSIONED));
    }

    /** A retried run finds the monitoring visit already created by the run before: success, not a retry loop. */
    @Test
    void a_commissioning_handled_again_after_the_monitoring_visit_was_created_succeeds() {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new AggregateStreamCreationException("visit " + MONITORING + " already exists");
        });
        fixture.givenNoPriorActivity()
                .whenAggregate(FOLLOWED).publishes(commissioned(VisitType.SCH_ASSURANCE))
                .expectSuccessfulHandlerExecution()
                .expectActiveSagas(1);
    }

    @Test
    void the_final_report_of_a_monitoring_visit_after_an_sch_visit_requires_the_dfe_outcome_and_ends_the_process() {
        fixture.givenAggregate(FOLLOWED).published(commissioned(VisitType.SCH_ASSURANCE))
                .whenAggregate(MONITORING).publishes(finalReport(MONITORING))
                .expectDispatchedCommands(new RequireMonitoringOutcomeNotification(MONITORING, null, FINAL_SENT))
                .expectActiveSagas(0);
    }

    @Test
    void the_final_report_of_a_monitoring_visit_after_an_rss_visit_requires_nothing_and_ends_the_process() {
        // rule NOTIFY-DFE-MONITORING-OUTCOME: the DfE outcome notification is for secure children's homes only
        fixture.givenAggregate(FOLLOWED).published(commissioned(VisitType.RSS_ASSURANCE))
                .whenAggregate(MONITORING).publishes(finalReport(MONITORING))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void the_final_report_of_the_followed_visit_is_not_the_monitoring_visit_outcome() {
        fixture.givenAggregate(FOLLOWED).published(commissioned(VisitType.SCH_ASSURANCE))
                .whenAggregate(FOLLOWED).publishes(finalReport(FOLLOWED))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void events_of_unrelated_visits_are_ignored() {
        fixture.givenAggregate(FOLLOWED).published(commissioned(VisitType.SCH_ASSURANCE))
                .whenAggregate("visit-3").publishes(new VisitWithdrawn("visit-3", "The home closed", FINAL_SENT))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void a_withdrawn_monitoring_visit_ends_the_process_without_a_command() {
        fixture.givenAggregate(FOLLOWED).published(commissioned(VisitType.SCH_ASSURANCE))
                .whenAggregate(MONITORING).publishes(new VisitWithdrawn(MONITORING, "The home closed", COMMISSIONED))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }
}
