package org.visitledger.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.events.VisitConvertedToSection8;
import org.visitledger.events.VisitType;

import java.util.List;

/**
 * Rule NFD-CONVERSION (seed 002): an interim visit converted by the regional director becomes a section 8 "no
 * formal designation" inspection. This process creates the SECTION8_NFD visit, linked to the interim one, for the
 * same school and inspectors, at the moment of the decision (its NFD_INSPECTION clock, 48 hours, starts then: rule
 * NFD-ARRIVAL-DUE). The command carries the actor and correlation id of the conversion (rule AUDIT-ACTOR).
 * <p>
 * It keeps no state: the conversion event says everything the announcement needs. A conversion it cannot act on is
 * parked in its dead-letter queue ({@code ProcessDeadLetters}) with the interim visit's later events.
 */
@Component
@ProcessingGroup(ConversionProcess.NAME)
public class ConversionProcess {

    public static final String NAME = "conversion-process";

    private final CommandGateway commands;

    public ConversionProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(VisitConvertedToSection8 converted) {
        VisitCreation.announceOnce(commands, new AnnounceVisit(converted.nfdVisitId(), VisitType.SECTION8_NFD,
                converted.provider(), converted.leadInspector(), converted.teamInspectors(), List.of(), null,
                null, converted.visitId(), VisitType.SCHOOL_INTERIM, converted.occurredAt()));
    }
}
