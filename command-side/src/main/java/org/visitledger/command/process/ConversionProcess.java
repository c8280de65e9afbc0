package org.visitledger.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.events.VisitConvertedToSection8;
import org.visitledger.events.VisitType;

import java.util.List;

/**
 * Rule NFD-CONVERSION (seed 002): an interim visit converted by the regional director becomes a section 8 "no
 * formal designation" inspection. This process creates the SECTION8_NFD visit, linked to the interim one, for the
 * same school and inspectors, at the moment of the decision (its NFD_INSPECTION clock, 48 hours, starts then: rule
 * NFD-ARRIVAL-DUE); it ends once the NFD visit exists. The command carries the actor and correlation id of the
 * conversion (rule AUDIT-ACTOR).
 */
@Saga
@ProcessingGroup(ConversionProcess.NAME)
public class ConversionProcess {

    public static final String NAME = "conversion-process";

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "nfdVisitId", keyName = "visitId")
    public void on(VisitConvertedToSection8 converted) {
        VisitCreation.announceOnce(commands, new AnnounceVisit(converted.nfdVisitId(), VisitType.SECTION8_NFD,
                converted.provider(), converted.leadInspector(), converted.teamInspectors(), List.of(), null,
                null, converted.visitId(), VisitType.SCHOOL_INTERIM, converted.occurredAt()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "visitId")
    public void on(VisitAnnounced announced) {
        // The NFD visit exists: its own lifecycle takes over.
    }
}
