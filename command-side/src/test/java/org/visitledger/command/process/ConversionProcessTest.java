package org.visitledger.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitConvertedToSection8;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The conversion process (seed 002; rules NFD-CONVERSION, NFD-ARRIVAL-DUE): the conversion of an interim visit
 * creates the SECTION8_NFD visit, following the interim one, for the same school and inspectors, with no placing
 * authorities, at the rulebook's usual length and at the moment of the decision (its 48 hours count from then).
 */
class ConversionProcessTest {

    private static final String INTERIM = "visit-1";
    private static final String NFD = "visit-3";
    private static final Provider SCHOOL = new Provider("100001", "Brook Lane Primary", "Leeds",
            "Yorkshire and the Humber");
    private static final List<String> TEAM = List.of("Raj Patel");
    private static final Instant CONVERTED = Instant.parse("2025-10-02T11:30:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final ConversionProcess process = new ConversionProcess(commands);

    private static VisitConvertedToSection8 converted() {
        return new VisitConvertedToSection8(INTERIM, NFD, SCHOOL, "Ann Hale", TEAM, "Safeguarding referrals not made",
                CONVERTED);
    }

    @Test
    void a_conversion_announces_the_nfd_for_the_same_school_and_inspectors_following_the_interim_visit() {
        process.on(converted());

        verify(commands).sendAndWait(new AnnounceVisit(NFD, VisitType.SECTION8_NFD, SCHOOL, "Ann Hale", TEAM,
                List.of(), null, null, INTERIM, VisitType.SCHOOL_INTERIM, CONVERTED));
    }

    /** A retried run finds the NFD visit already created by the run before: success, not a failure to park. */
    @Test
    void a_conversion_handled_again_after_the_nfd_was_created_succeeds() {
        when(commands.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("visit " + NFD
                + " already exists"));

        assertThatCode(() -> process.on(converted())).doesNotThrowAnyException();
    }
}
