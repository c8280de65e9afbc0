package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.FormalComplaintLodged;
import org.visitledger.events.FormalComplaintResolved;

import java.util.LinkedHashMap;
import java.util.Map;

/** Formal complaints about a visit (seed 004) and which are still open. */
final class Complaints {

    private final Map<String, Boolean> resolvedById = new LinkedHashMap<>();

    String nextId() {
        return "C-" + (resolvedById.size() + 1);
    }

    boolean anyOpen() {
        return resolvedById.containsValue(false);
    }

    void requireOpen(String visitId, String complaintId) {
        Boolean resolved = resolvedById.get(complaintId);
        if (resolved == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_COMPLAINT,
                    "Visit " + visitId + " has no complaint " + complaintId);
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
