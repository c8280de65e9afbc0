package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.*;

import java.time.Instant;

/**
 * Where a visit stands in its lifecycle (visit-process.md, "Assurance-visit lifecycle") and the guards
 * that refuse a command out of order, naming the state and what is needed first.
 */
final class VisitProgress {

    private String visitId;
    private VisitStatus status;
    private Instant lastMilestoneAt;
    private boolean annexARequested;
    private boolean annexAReturned;
    private boolean complaintWindowOver;

    VisitStatus status() {
        return status;
    }

    Instant lastMilestoneAt() {
        return lastMilestoneAt;
    }

    boolean annexARequested() {
        return annexARequested;
    }

    boolean annexAReturned() {
        return annexAReturned;
    }

    boolean complaintWindowOver() {
        return complaintWindowOver;
    }

    void requireStatus(VisitStatus required, String rule) {
        requireNotFinished();
        if (status != required) {
            throw refused(VisitGuards.refusalFor(required, status), rule);
        }
    }

    void requireBeforeEnd() {
        requireNotFinished();
        if (status != VisitStatus.ANNOUNCED && status != VisitStatus.ON_SITE) {
            throw refused(Refusal.VISIT_ALREADY_ENDED, "the visit has already ended");
        }
    }

    void requireNotFinished() {
        if (status == VisitStatus.WITHDRAWN) {
            throw refused(Refusal.VISIT_WITHDRAWN, "a withdrawn visit takes no further activity");
        }
        if (status == VisitStatus.CLOSED) {
            throw refused(Refusal.VISIT_CLOSED, "a closed visit takes no further activity");
        }
    }

    CommandRefusedException refused(Refusal refusal, String rule) {
        return new CommandRefusedException(refusal, "Visit " + visitId + " is " + status + ": " + rule);
    }

    @EventSourcingHandler
    void on(VisitAnnounced event) {
        visitId = event.visitId();
        reached(VisitStatus.ANNOUNCED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(AnnexARequested event) {
        annexARequested = true;
    }

    @EventSourcingHandler
    void on(AnnexAReturned event) {
        annexAReturned = true;
        lastMilestoneAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(FurtherInformationRequested event) {
        lastMilestoneAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(FurtherInformationReceived event) {
        lastMilestoneAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(InspectorsArrivedOnSite event) {
        reached(VisitStatus.ON_SITE, event.occurredAt());
    }

    @EventSourcingHandler
    void on(VisitEnded event) {
        reached(VisitStatus.VISIT_ENDED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(ReportSubmittedForQa event) {
        reached(VisitStatus.IN_QA, event.occurredAt());
    }

    @EventSourcingHandler
    void on(DraftReportSent event) {
        reached(VisitStatus.DRAFT_SENT, event.occurredAt());
    }

    @EventSourcingHandler
    void on(ProviderCommentsReceived event) {
        reached(VisitStatus.COMMENTS_RECEIVED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(FinalReportSent event) {
        reached(VisitStatus.FINAL_SENT, event.occurredAt());
    }

    @EventSourcingHandler
    void on(ReportPublished event) {
        reached(VisitStatus.PUBLISHED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(VisitClosed event) {
        reached(VisitStatus.CLOSED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(VisitWithdrawn event) {
        reached(VisitStatus.WITHDRAWN, event.occurredAt());
    }

    @EventSourcingHandler
    void on(FormalComplaintLodged event) {
        lastMilestoneAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(FormalComplaintResolved event) {
        lastMilestoneAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(DeadlineMet event) {
        if (event.code() == DeadlineCode.COMPLAINT_WINDOW) {
            complaintWindowOver = true;
        }
    }

    private void reached(VisitStatus newStatus, Instant at) {
        status = newStatus;
        lastMilestoneAt = at;
    }
}
