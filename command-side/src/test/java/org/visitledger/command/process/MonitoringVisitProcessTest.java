package org.visitledger.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.command.visit.RequireMonitoringOutcomeNotification;
import org.visitledger.events.FinalReportSent;
import org.visitledger.events.MonitoringVisitCommissioned;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The monitoring-visit process (rules MONITORING-COMMISSION, NOTIFY-DFE-MONITORING-OUTCOME): a monitoring visit
 * commissioned on the followed visit is announced as a MONITORING visit linked to it; its final report after an SCH
 * visit requires the DfE outcome notification. What the process knows at the final report it reads from the
 * visits' announcements in the event store (here an in-memory one).
 */
class MonitoringVisitProcessTest {

    private static final String FOLLOWED = "visit-1";
    private static final String MONITORING = "visit-2";
    private static final Provider PROVIDER = new Provider("SC000001", "Oakfield Secure Home", "Kent", "South East");
    private static final List<String> PLACING_AUTHORITIES = List.of("Kent", "Medway");
    private static final List<String> TEAM = List.of("Sam Lee");
    private static final Instant COMMISSIONED = Instant.parse("2025-01-06T10:00:00Z");
    private static final Instant FINAL_SENT = Instant.parse("2025-03-07T10:00:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final MonitoringVisitProcess process = new MonitoringVisitProcess(commands, events);

    @AfterEach
    void stop() {
        events.shutDown();
    }

    private static MonitoringVisitCommissioned commissioned(VisitType followedType) {
        return new MonitoringVisitCommissioned(FOLLOWED, MONITORING, followedType, PROVIDER, PLACING_AUTHORITIES,
                "Jo Smith", TEAM, 2, COMMISSIONED);
    }

    private static FinalReportSent finalReport(String visitId) {
        return new FinalReportSent(visitId, List.of("Review the restraint records weekly"), List.of(), false, false,
                FINAL_SENT);
    }

    /** The two visits as stored: the followed one of {@code followedType}, the monitoring one following it. */
    private void stored(VisitType followedType, VisitType recordedFollowedType) {
        announce(new VisitAnnounced(FOLLOWED, followedType, "4", PROVIDER, "Jo Smith", TEAM, PLACING_AUTHORITIES, 2,
                LocalDate.of(2024, 12, 17), null, null, Instant.parse("2024-12-16T09:00:00Z")));
        announce(new VisitAnnounced(MONITORING, VisitType.MONITORING, "3", PROVIDER, "Jo Smith", TEAM,
                PLACING_AUTHORITIES, 2, LocalDate.of(2025, 1, 7), FOLLOWED, recordedFollowedType, COMMISSIONED));
    }

    private void announce(VisitAnnounced announced) {
        events.publish(new GenericDomainEventMessage<>("Visit", announced.visitId(), 0, announced));
    }

    @Test
    void a_commissioned_monitoring_visit_is_announced_linked_to_the_visit_it_follows() {
        process.on(commissioned(VisitType.SCH_ASSURANCE));

        verify(commands).sendAndWait(new AnnounceVisit(MONITORING, VisitType.MONITORING, PROVIDER, "Jo Smith", TEAM,
                PLACING_AUTHORITIES, 2, null, FOLLOWED, VisitType.SCH_ASSURANCE, COMMISSIONED));
    }

    /** A retried run finds the monitoring visit already created by the run before: success, not a failure to park. */
    @Test
    void a_commissioning_handled_again_after_the_monitoring_visit_was_created_succeeds() {
        when(commands.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("visit " + MONITORING
                + " already exists"));

        assertThatCode(() -> process.on(commissioned(VisitType.SCH_ASSURANCE))).doesNotThrowAnyException();
    }

    @Test
    void the_final_report_of_a_monitoring_visit_after_an_sch_visit_requires_the_dfe_outcome() {
        stored(VisitType.SCH_ASSURANCE, VisitType.SCH_ASSURANCE);

        process.on(finalReport(MONITORING));

        verify(commands).sendAndWait(new RequireMonitoringOutcomeNotification(MONITORING, null, FINAL_SENT));
    }

    /** VisitAnnounced revision 1 did not record the followed visit's type: the followed visit's announcement does. */
    @Test
    void a_monitoring_visit_announced_before_the_followed_type_was_recorded_still_requires_the_dfe_outcome() {
        stored(VisitType.SCH_ASSURANCE, null);

        process.on(finalReport(MONITORING));

        verify(commands).sendAndWait(new RequireMonitoringOutcomeNotification(MONITORING, null, FINAL_SENT));
    }

    @Test
    void the_final_report_of_a_monitoring_visit_after_an_rss_visit_requires_nothing() {
        // rule NOTIFY-DFE-MONITORING-OUTCOME: the DfE outcome notification is for secure children's homes only
        stored(VisitType.RSS_ASSURANCE, VisitType.RSS_ASSURANCE);

        process.on(finalReport(MONITORING));

        verifyNoInteractions(commands);
    }

    @Test
    void the_final_report_of_the_followed_visit_is_not_the_monitoring_visit_outcome() {
        stored(VisitType.SCH_ASSURANCE, VisitType.SCH_ASSURANCE);

        process.on(finalReport(FOLLOWED));

        verifyNoInteractions(commands);
    }

    /** Not something the store can hold; if it did, the event is parked rather than passed over. */
    @Test
    void a_final_report_of_a_visit_without_an_announcement_fails_rather_than_pass_unnoticed() {
        assertThatThrownBy(() -> process.on(finalReport("visit-9"))).hasMessageContaining("no announcement");
    }
}
