package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.FurtherInformationReceived;
import org.visitledger.events.FurtherInformationRequested;

import java.util.LinkedHashMap;
import java.util.Map;

/** SCH further-information requests (seed 001) and which are still outstanding. */
final class InformationRequests {

    static final String RULE = "seed 001: after analysing Annex A the lead inspector may request further "
            + "information and records, returned by the time they set";

    private final Map<String, Boolean> receivedById = new LinkedHashMap<>();

    String nextId() {
        return "FI-" + (receivedById.size() + 1);
    }

    static String deadlineId(String requestId) {
        return "FURTHER_INFORMATION:" + requestId;
    }

    void requireOutstanding(String visitId, String requestId) {
        Boolean received = receivedById.get(requestId);
        if (received == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_INFORMATION_REQUEST,
                    "Visit " + visitId + " has no further-information request " + requestId);
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
