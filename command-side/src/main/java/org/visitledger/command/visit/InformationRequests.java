package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.AnnexAReturned;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;
import org.visitledger.events.FurtherInformationReceived;
import org.visitledger.events.FurtherInformationRequested;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What the provider sends before and during the visit: Annex A, requested at the announcement (rule
 * ANNEX-A-RETURN), and SCH further-information requests (rules FURTHER-INFO-REQUEST, FURTHER-INFO-DUE,
 * FURTHER-INFO-RECEIVED; seed 001), with which requests are still outstanding.
 */
final class InformationRequests extends VisitArea {

    static final String RULE = "seed 001: after analysing Annex A the lead inspector may request further "
            + "information and records, returned by the time they set";

    private final Map<String, Boolean> receivedById = new LinkedHashMap<>();

    InformationRequests(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RecordAnnexAReturned command) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireNotFinished();
        if (!progress.annexARequested()) {
            throw visit.refused(Refusal.ANNEX_A_NOT_REQUESTED, "no Annex A was requested for a " + visit.type()
                    + " visit");
        }
        if (progress.annexAReturned()) {
            throw visit.refused(Refusal.ANNEX_A_ALREADY_RETURNED, "Annex A was already returned");
        }
        apply(new AnnexAReturned(visit.id(), at));
        visit.deadlines().meet(visit.id(), DeadlineCode.ANNEX_A_RETURN.name(), at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(RequestFurtherInformation command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        if (!visit.rulebook(rules).furtherInformationAllowed()) {
            throw visit.refused(Refusal.FURTHER_INFORMATION_NOT_IN_RULEBOOK,
                    "the " + visit.type() + " rulebook has no further-information requests");
        }
        progress.requireBeforeEnd();
        if (!progress.annexAReturned()) {
            throw visit.refused(Refusal.ANNEX_A_NOT_RETURNED,
                    "further information is requested after analysing Annex A; record Annex A returned first");
        }
        if (!command.dueAt().isAfter(at)) {
            throw new InvalidCommandException("dueAt", "dueAt " + command.dueAt() + " must be after " + at);
        }
        String requestId = "FI-" + (receivedById.size() + 1);
        apply(new FurtherInformationRequested(visit.id(), requestId, List.copyOf(command.items()), command.dueAt(),
                at));
        visit.deadlines().start(visit.id(), deadlineId(requestId), DeadlineCode.FURTHER_INFORMATION,
                DeadlineOwner.PROVIDER, command.dueAt(), RULE, false, at, rules.deadlineManager());
        return CommandOutcome.of(requestId);
    }

    @CommandHandler
    CommandOutcome handle(RecordFurtherInformationReceived command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requireNotFinished();
        requireOutstanding(command.requestId());
        apply(new FurtherInformationReceived(visit.id(), command.requestId(), at));
        visit.deadlines().meet(visit.id(), deadlineId(command.requestId()), at);
        return CommandOutcome.of(null);
    }

    private static String deadlineId(String requestId) {
        return "FURTHER_INFORMATION:" + requestId;
    }

    private void requireOutstanding(String requestId) {
        Boolean received = receivedById.get(requestId);
        if (received == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_INFORMATION_REQUEST,
                    "Visit " + visit.id() + " has no further-information request " + requestId);
        }
        if (received) {
            throw new CommandRefusedException(Refusal.INFORMATION_ALREADY_RECEIVED,
                    "The records of request " + requestId + " were already received");
        }
    }

    @EventSourcingHandler
    void on(FurtherInformationRequested event) {
        receivedById.put(event.requestId(), false);
    }

    @EventSourcingHandler
    void on(FurtherInformationReceived event) {
        receivedById.put(event.requestId(), true);
    }
}
