package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.FormalComplaintLodged;
import org.visitledger.events.FormalComplaintResolved;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Formal complaints about a visit and which are still open (rules COMPLAINT-LODGE, COMPLAINT-RESOLVE; seed 004). */
final class Complaints extends VisitArea {

    private static final Set<VisitStatus> REPORT_SENT =
            EnumSet.of(VisitStatus.FINAL_SENT, VisitStatus.PUBLISHED, VisitStatus.CLOSED);

    private final Map<String, Boolean> resolvedById = new LinkedHashMap<>();

    Complaints(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(LodgeFormalComplaint command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        if (progress.status() == VisitStatus.WITHDRAWN) {
            throw visit.refused(Refusal.VISIT_WITHDRAWN, "a withdrawn visit has no report to complain about");
        }
        // Rule COMPLAINT-LATE: a complaint after the window (even on a CLOSED visit) is recorded, marked late.
        // Rule LA-COMPLAINT-WINDOW: an LA inspection takes complaints at any stage, from the notification on.
        if (!REPORT_SENT.contains(progress.status()) && !visit.rulebook(rules).complaintsDuringInspection()) {
            throw visit.refused(Refusal.FINAL_REPORT_NOT_SENT, "a formal complaint follows the final report "
                    + "(earlier concerns go to the lead inspector or as comments on the draft)");
        }
        boolean late = visit.deadlines().find(DeadlineCode.COMPLAINT_WINDOW.name())
                .map(window -> at.isAfter(window.dueAt())).orElse(false);
        String complaintId = "C-" + (resolvedById.size() + 1);
        apply(new FormalComplaintLodged(visit.id(), complaintId, command.summary(), late, at));
        return CommandOutcome.of(complaintId);
    }

    @CommandHandler
    CommandOutcome handle(ResolveFormalComplaint command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        requireOpen(command.complaintId());
        apply(new FormalComplaintResolved(visit.id(), command.complaintId(), command.outcome(), at));
        visit.closeIfSettled(at, MetaData.emptyInstance());
        return CommandOutcome.of(null);
    }

    boolean anyOpen() {
        return resolvedById.containsValue(false);
    }

    private void requireOpen(String complaintId) {
        Boolean resolved = resolvedById.get(complaintId);
        if (resolved == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_COMPLAINT,
                    "Visit " + visit.id() + " has no complaint " + complaintId);
        }
        if (resolved) {
            throw new CommandRefusedException(Refusal.COMPLAINT_ALREADY_RESOLVED,
                    "Complaint " + complaintId + " was already resolved");
        }
    }

    @EventSourcingHandler
    void on(FormalComplaintLodged event) {
        resolvedById.put(event.complaintId(), false);
    }

    @EventSourcingHandler
    void on(FormalComplaintResolved event) {
        resolvedById.put(event.complaintId(), true);
    }
}
