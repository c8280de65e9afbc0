package org.visitledger.app;

import java.time.Instant;

/** Test-data builders for command bodies (api.md, "Command side"). */
public final class VisitRequests {

    private VisitRequests() {
    }

    public static String announce(String visitType) {
        return announce(visitType, null);
    }

    public static String announce(String visitType, Instant occurredAt) {
        return """
                {"visitType": "%s",
                 "provider": {"urn": "SC000001", "name": "Oakfield Secure Home", "localAuthority": "Kent", "region": "South East"},
                 "leadInspector": "Jo Smith", "teamInspectors": ["Sam Lee"], "placingAuthorities": ["Kent", "Medway"]%s}
                """.formatted(visitType, occurredAt == null ? "" : ", \"occurredAt\": \"" + occurredAt + "\"");
    }

    public static String at(Instant occurredAt) {
        return "{\"occurredAt\": \"" + occurredAt + "\"}";
    }

    public static String feedback(boolean serious) {
        return "{\"seriousOrWidespreadConcerns\": " + serious + ", \"summary\": \"Children are well cared for.\"}";
    }

    public static String informationRequest(Instant dueAt) {
        return "{\"items\": [\"Physical restraint records\"], \"dueAt\": \"" + dueAt + "\"}";
    }
}
