package org.visitledger.command.visit;

import org.axonframework.messaging.MetaData;

/** The metadata every recorded event carries: who acted ({@code actor}) and in which exchange ({@code correlationId}). */
public final class EventMetadata {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String SYSTEM_ACTOR = "system:deadline-manager";

    private EventMetadata() {
    }

    /** For events the deadline manager causes when a due time passes; no user or request is behind them. */
    static MetaData system(String deadlineId) {
        return MetaData.with(ACTOR, SYSTEM_ACTOR).and(CORRELATION_ID, "deadline-due:" + deadlineId);
    }
}
