package org.visitledger.events;

import java.time.Instant;

/**
 * Every event of a visit names its visit and when it happened in the world ({@code occurredAt});
 * the time it was recorded is the event store's own timestamp.
 */
public interface VisitEvent {
    String visitId();

    Instant occurredAt();
}
