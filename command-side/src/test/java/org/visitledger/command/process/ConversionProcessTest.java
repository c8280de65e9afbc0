package org.visitledger.command.process;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The conversion process (seed 002; rules NFD-CONVERSION, NFD-ARRIVAL-DUE): the conversion of an interim visit
 * creates the SECTION8_NFD visit, following the interim one, for the same school and inspectors, with no placing
 * authorities, at the rulebook's usual length and at the moment of the decision (its 48 hours count from then). The
 * process follows only that NFD visit and ends once it exists.
 */
class ConversionProcessTest {

    private static final String INTERIM = "visit-1";
    private static final String NFD = "visit-3";
    private static final Provider SCHOOL = new Provider("URN100001", "Brook Lane Primary", "Leeds",
            "Yorkshire and the Humber");
    private static final List<String> TEAM = List.of("Raj Patel");
    private static final Instant CONVERTED = Instant.parse("2025-10-02T11:30:00Z");

    private final SagaTestFixture<ConversionProcess> fixture = new SagaTestFixture<>(ConversionProcess.class);

    private static VisitConvertedToSection8 converted(String interimVisitId, String nfdVisitId) {
        return new VisitConvertedToSection8(interimVisitId, nfdVisitId, SCHOOL, "Ann Hale", TEAM,
                "Safeguarding referrals not made", CONVERTED);
    }

    private static VisitAnnounced announced(String visitId, VisitType type, String followsVisitId) {
        return new VisitAnnounced(visitId, type, "1", SCHOOL, "Ann Hale", TEAM, List.of(), 1,
                LocalDate.of(2025, 10, 2), followsVisitId, null, CONVERTED);
    }

    @Test
    void a_conversion_announces_the_nfd_for_the_same_school_and_inspectors_following_the_interim_visit() {
        fixture.givenNoPriorActivity()
                .whenAggregate(INTERIM).publishes(converted(INTERIM, NFD))
                .expectActiveSagas(1)
                .expectAssociationWith("visitId", NFD)
                .expectNoAssociationWith("visitId", INTERIM)
                .expectDispatchedCommands(new AnnounceVisit(NFD, VisitType.SECTION8_NFD, SCHOOL, "Ann Hale", TEAM,
                        List.of(), null, null, INTERIM, VisitType.SCHOOL_INTERIM, CONVERTED));
    }

    /** A retried run finds the NFD already created by the run before: that is success, not a failure to retry. */
    @Test
    void a_conversion_handled_again_after_the_nfd_was_created_succeeds() {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new AggregateStreamCreationException("visit " + NFD + " already exists");
        });
        fixture.givenNoPriorActivity()
                .whenAggregate(INTERIM).publishes(converted(INTERIM, NFD))
                .expectSuccessfulHandlerExecution()
                .expectActiveSagas(1);
    }

    @Test
    void the_nfd_announced_ends_the_process_without_a_further_command() {
        fixture.givenAggregate(INTERIM).published(converted(INTERIM, NFD))
                .whenAggregate(NFD).publishes(announced(NFD, VisitType.SECTION8_NFD, INTERIM))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void another_visits_announcement_is_ignored() {
        fixture.givenAggregate(INTERIM).published(converted(INTERIM, NFD))
                .whenAggregate("visit-4").publishes(announced("visit-4", VisitType.SCHOOL_INTERIM, null))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void each_conversion_has_its_own_process_ended_only_by_its_own_nfd() {
        fixture.givenAggregate(INTERIM).published(converted(INTERIM, NFD))
                .andThenAggregate("visit-5").published(converted("visit-5", "visit-6"))
                .whenAggregate(NFD).publishes(announced(NFD, VisitType.SECTION8_NFD, INTERIM))
                .expectActiveSagas(1)
                .expectAssociationWith("visitId", "visit-6");
    }

    @Test
    void announcements_without_a_conversion_start_nothing() {
        fixture.givenNoPriorActivity()
                .whenAggregate("visit-4").publishes(announced("visit-4", VisitType.SCHOOL_INTERIM, null))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }
}
