package org.visitledger.command.visit;

import org.axonframework.messaging.MetaData;
import org.visitledger.events.EventMetadataKeys;

/** The metadata the command side records with events ({@link EventMetadataKeys}). */
public final class EventMetadata {

    public static final String SYSTEM_ACTOR = "system:deadline-manager";

    private EventMetadata() {
    }

    /** For events the deadline manager causes when a due time passes; no user or request is behind them. */
    static MetaData system(String deadlineId) {
        return MetaData.with(EventMetadataKeys.ACTOR, SYSTEM_ACTOR).and(EventMetadataKeys.CORRELATION_ID, "deadline-due:" + deadlineId);
    }
}
