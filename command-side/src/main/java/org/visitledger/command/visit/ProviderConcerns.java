package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.ProviderConcernEscalated;
import org.visitledger.events.ProviderConcernRecorded;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Concerns the provider raises about the conduct of the inspection and whether each was resolved (rules
 * PROVIDER-CONCERN-RECORD, PROVIDER-CONCERN-ESCALATE; seed 004).
 */
final class ProviderConcerns extends VisitArea {

    private enum State { RESOLVED, UNRESOLVED, ESCALATED }

    private final Map<String, State> byId = new LinkedHashMap<>();

    ProviderConcerns(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RecordProviderConcern command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.announcedAt());
        visit.progress().requireNotFinished();
        String providerConcernId = "PC-" + (byId.size() + 1);
        apply(new ProviderConcernRecorded(visit.id(), providerConcernId, command.summary(), command.actionTaken(),
                command.resolved(), at));
        return CommandOutcome.of(providerConcernId);
    }

    @CommandHandler
    CommandOutcome handle(EscalateProviderConcern command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.announcedAt());
        visit.progress().requireNotFinished();
        requireEscalatable(command.providerConcernId());
        apply(new ProviderConcernEscalated(visit.id(), command.providerConcernId(), command.escalatedTo(), at));
        return CommandOutcome.of(null);
    }

    private void requireEscalatable(String providerConcernId) {
        State state = byId.get(providerConcernId);
        if (state == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_PROVIDER_CONCERN,
                    "Visit " + visit.id() + " has no provider concern " + providerConcernId);
        }
        if (state == State.RESOLVED) {
            throw new CommandRefusedException(Refusal.PROVIDER_CONCERN_RESOLVED, "Provider concern "
                    + providerConcernId + " was resolved with the lead inspector; only unresolved ones are escalated");
        }
        if (state == State.ESCALATED) {
            throw new CommandRefusedException(Refusal.PROVIDER_CONCERN_ALREADY_ESCALATED,
                    "Provider concern " + providerConcernId + " was already escalated");
        }
    }

    @EventSourcingHandler
    void on(ProviderConcernRecorded event) {
        byId.put(event.providerConcernId(), event.resolved() ? State.RESOLVED : State.UNRESOLVED);
    }

    @EventSourcingHandler
    void on(ProviderConcernEscalated event) {
        byId.put(event.providerConcernId(), State.ESCALATED);
    }
}
