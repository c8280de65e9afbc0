package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a visit stands in its lifecycle and the guards that refuse a command out of order, naming the state and
 * what is needed first (rule VISIT-LIFECYCLE).
 */
final class VisitProgress {

    private String visitId;
    private VisitStatus status;
    private Instant lastMilestoneAt;
    private boolean annexARequested;
    private boolean annexAReturned;
    private boolean complaintWindowOver;
    private VisitStatus pausedIn;
    private boolean factualAccuracyChecked;
    private LocalDate lastDayOfVisit;

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

    /** The last day of the visit, once it has ended. */
    LocalDate lastDayOfVisit() {
        return lastDayOfVisit;
    }

    boolean factualAccuracyChecked() {
        return factualAccuracyChecked;
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

    /** Rules DEFERRAL-REQUEST, DEFERRAL-DECISION: a deferral is asked for and decided before the visit starts. */
    void requireNotStarted() {
        requireNotFinished();
        if (status != VisitStatus.ANNOUNCED) {
            throw refused(status == VisitStatus.ON_SITE ? Refusal.VISIT_ALREADY_STARTED : Refusal.VISIT_ALREADY_ENDED,
                    "a deferral is requested and decided before the visit starts");
        }
    }

    void requirePaused() {
        requireNotFinished(EnumSet.of(VisitStatus.PAUSED));
        if (status != VisitStatus.PAUSED) {
            throw refused(Refusal.VISIT_NOT_PAUSED, "only a paused visit is resumed or ended incomplete");
        }
    }

    /** Rule DUTY-DESK-CALL: the duty desk is consulted about a paused visit too. */
    void requireNotFinishedOrPaused() {
        requireNotFinished(EnumSet.of(VisitStatus.PAUSED));
    }

    /** Rules VISIT-SIDE-EXIT-FINAL and PAUSE-VISIT: no activity after a side exit, nor while paused. */
    void requireNotFinished() {
        requireNotFinished(EnumSet.noneOf(VisitStatus.class));
    }

    private void requireNotFinished(Set<VisitStatus> allowed) {
        if (allowed.contains(status)) {
            return;
        }
        switch (status) {
            case WITHDRAWN -> throw refused(Refusal.VISIT_WITHDRAWN, "a withdrawn visit takes no further activity");
            case CLOSED -> throw refused(Refusal.VISIT_CLOSED, "a closed visit takes no further activity");
            case DEFERRED -> throw refused(Refusal.VISIT_DEFERRED, "a deferred visit takes no further activity");
            case INCOMPLETE -> throw refused(Refusal.VISIT_INCOMPLETE,
                    "a visit ended incomplete takes no further activity");
            case CONVERTED -> throw refused(Refusal.VISIT_CONVERTED,
                    "the interim visit stopped when it was converted; the NFD visit goes on");
            case PAUSED -> throw refused(Refusal.VISIT_PAUSED,
                    "a paused visit takes no activity until it is resumed");
            default -> {
            }
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
        lastDayOfVisit = event.lastDayOfVisit();
        reached(VisitStatus.VISIT_ENDED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(VisitPaused event) {
        pausedIn = status;
        reached(VisitStatus.PAUSED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(VisitResumed event) {
        reached(pausedIn, event.occurredAt());
    }

    @EventSourcingHandler
    void on(VisitEndedIncomplete event) {
        reached(VisitStatus.INCOMPLETE, event.occurredAt());
    }

    @EventSourcingHandler
    void on(VisitConvertedToSection8 event) {
        reached(VisitStatus.CONVERTED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(FactualAccuracyChecked event) {
        factualAccuracyChecked = true;
        lastMilestoneAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(DeferralGranted event) {
        reached(VisitStatus.DEFERRED, event.occurredAt());
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
