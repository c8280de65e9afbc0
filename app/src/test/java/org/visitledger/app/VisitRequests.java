package org.visitledger.app;

import java.time.Instant;

/** Test-data builders for command bodies (docs/api.md, "Commands"). */
public final class VisitRequests {

    private VisitRequests() {
    }

    /**
     * A fixed morning in the past (Monday 2026-11-16, GMT) for tests whose expectations must not depend on the time
     * of day they run: Annex A (due 13:00 SCH, 14:00 RSS that day) is always recorded missed at once when a visit is
     * announced then, and an Annex A returned at {@link #PAST_NOON} meets it on time.
     */
    public static final Instant PAST_MORNING = Instant.parse("2026-11-16T09:00:00Z");
    public static final Instant PAST_NOON = Instant.parse("2026-11-16T12:00:00Z");

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
