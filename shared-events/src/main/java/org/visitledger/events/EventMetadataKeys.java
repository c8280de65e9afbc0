package org.visitledger.events;

/**
 * The metadata every recorded event carries, written by the command side and read by the query side's history and
 * audit trail (rule AUDIT-ACTOR). Part of the published language: the keys are stored with every event.
 */
public final class EventMetadataKeys {

    /** Who acted: the authenticated user, or {@code system:...} for the deadline manager and the processes. */
    public static final String ACTOR = "actor";
    /** In which exchange: the request's correlation id, carried on by every event and command it leads to. */
    public static final String CORRELATION_ID = "correlationId";

    private EventMetadataKeys() {
    }
}
