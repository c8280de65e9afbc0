package org.visitledger.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.command.visit.RequireMonitoringOutcomeNotification;
import org.visitledger.events.*;

/**
 * The cross-visit flow after a case review decides a monitoring visit (rule MONITORING-COMMISSION): once the
 * followed visit records the monitoring visit as announced, this process creates it as a MONITORING visit linked
 * to that visit, for the same provider; when the monitoring visit's final report is sent after a secure children's
 * home visit, it has the Department for Education's outcome notification required.
 * The commands it sends carry the actor and correlation id of the event that caused them (rule AUDIT-ACTOR).
 */
@Saga
@ProcessingGroup(MonitoringVisitProcess.NAME)
public class MonitoringVisitProcess {

    public static final String NAME = "monitoring-visit-process";
    private static final String VISIT_ID = "visitId";

    @Autowired
    private transient CommandGateway commands;

    private String followedVisitId;
    private VisitType followedVisitType;

    @StartSaga
    @SagaEventHandler(associationProperty = "monitoringVisitId", keyName = VISIT_ID)
    public void on(MonitoringVisitCommissioned commissioned) {
        followedVisitId = commissioned.visitId();
        followedVisitType = commissioned.followedVisitType();
        VisitCreation.announceOnce(commands, new AnnounceVisit(commissioned.monitoringVisitId(), VisitType.MONITORING,
                commissioned.provider(), commissioned.leadInspector(), commissioned.teamInspectors(),
                commissioned.placingAuthorities(), commissioned.plannedLengthDays(), null, commissioned.visitId(),
                commissioned.followedVisitType(), commissioned.occurredAt()));
    }

    /** Rule NOTIFY-DFE-MONITORING-OUTCOME: the final report of a monitoring visit after SCH → DfE, outcome. */
    @SagaEventHandler(associationProperty = VISIT_ID)
    public void on(FinalReportSent finalReport) {
        if (followedVisitType == VisitType.SCH_ASSURANCE) {
            commands.sendAndWait(new RequireMonitoringOutcomeNotification(finalReport.visitId(), null,
                    finalReport.occurredAt()));
        }
        SagaLifecycle.end();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = VISIT_ID)
    public void on(VisitWithdrawn withdrawn) {
        // A withdrawn monitoring visit sends no final report: nothing more to follow.
    }

    public String getFollowedVisitId() {
        return followedVisitId;
    }

    public void setFollowedVisitId(String followedVisitId) {
        this.followedVisitId = followedVisitId;
    }

    public VisitType getFollowedVisitType() {
        return followedVisitType;
    }

    public void setFollowedVisitType(VisitType followedVisitType) {
        this.followedVisitType = followedVisitType;
    }
}
