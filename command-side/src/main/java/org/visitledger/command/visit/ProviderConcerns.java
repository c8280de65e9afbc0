package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.ProviderConcernEscalated;
import org.visitledger.events.ProviderConcernRecorded;

import java.util.LinkedHashMap;
import java.util.Map;

/** Concerns the provider raises about the conduct of the inspection (seed 004) and whether each was resolved. */
final class ProviderConcerns {

    private enum State { RESOLVED, UNRESOLVED, ESCALATED }

    private final Map<String, State> byId = new LinkedHashMap<>();

    String nextId() {
        return "PC-" + (byId.size() + 1);
    }

    void requireEscalatable(String visitId, String providerConcernId) {
        State state = byId.get(providerConcernId);
        if (state == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_PROVIDER_CONCERN,
                    "Visit " + visitId + " has no provider concern " + providerConcernId);
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
