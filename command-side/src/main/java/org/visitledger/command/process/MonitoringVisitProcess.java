package org.visitledger.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.command.visit.RequireMonitoringOutcomeNotification;
import org.visitledger.events.FinalReportSent;
import org.visitledger.events.MonitoringVisitCommissioned;
import org.visitledger.events.VisitAnnounced;
import org.visitledger.events.VisitType;

/**
 * The cross-visit flow after a case review decides a monitoring visit (rule MONITORING-COMMISSION): once the
 * followed visit records the monitoring visit as commissioned, this process creates it as a MONITORING visit linked
 * to that visit, for the same provider; when the monitoring visit's final report is sent after a secure children's
 * home visit, it has the Department for Education's outcome notification required (rule
 * NOTIFY-DFE-MONITORING-OUTCOME). The commands it sends carry the actor and correlation id of the event that caused
 * them (rule AUDIT-ACTOR).
 * <p>
 * It keeps no state of its own: what it needs to know at the final report (is this a monitoring visit, and of what
 * type was the visit it follows?) is read from the visit's announcement in the event store. An event it cannot act
 * on is parked in its dead-letter queue ({@code ProcessDeadLetters}) with the visit's later events.
 */
@Component
@ProcessingGroup(MonitoringVisitProcess.NAME)
public class MonitoringVisitProcess {

    public static final String NAME = "monitoring-visit-process";

    private final CommandGateway commands;
    private final EventStore events;

    public MonitoringVisitProcess(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    void on(MonitoringVisitCommissioned commissioned) {
        VisitCreation.announceOnce(commands, new AnnounceVisit(commissioned.monitoringVisitId(), VisitType.MONITORING,
                commissioned.provider(), commissioned.leadInspector(), commissioned.teamInspectors(),
                commissioned.placingAuthorities(), commissioned.plannedLengthDays(), null, commissioned.visitId(),
                commissioned.followedVisitType(), commissioned.occurredAt()));
    }

    /** Rule NOTIFY-DFE-MONITORING-OUTCOME: the final report of a monitoring visit after SCH → DfE, outcome. */
    @EventHandler
    void on(FinalReportSent finalReport) {
        if (followsSecureChildrensHomeVisit(finalReport.visitId())) {
            commands.sendAndWait(new RequireMonitoringOutcomeNotification(finalReport.visitId(), null,
                    finalReport.occurredAt()));
        }
    }

    private boolean followsSecureChildrensHomeVisit(String visitId) {
        VisitAnnounced announced = announcement(visitId);
        if (announced.visitType() != VisitType.MONITORING || announced.followsVisitId() == null) {
            return false;
        }
        // Announcements before VisitAnnounced revision 2 did not record the followed type: the followed visit says.
        VisitType followed = announced.followsVisitType() != null ? announced.followsVisitType()
                : announcement(announced.followsVisitId()).visitType();
        return followed == VisitType.SCH_ASSURANCE;
    }

    /** A visit's first event is its announcement (read from the start, never from a snapshot). */
    private VisitAnnounced announcement(String visitId) {
        DomainEventStream stream = events.readEvents(visitId, 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof VisitAnnounced announced)) {
            throw new IllegalStateException("visit " + visitId + " has no announcement in the event store");
        }
        return announced;
    }
}
