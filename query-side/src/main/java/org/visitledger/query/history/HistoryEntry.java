package org.visitledger.query.history;

import java.time.Instant;

/** One event of a visit as an auditor reads it: what, when in the world, when recorded, who and why. */
public record HistoryEntry(long sequence, String type, Instant occurredAt, Instant recordedAt, String actor,
                           String correlationId, Object payload) {
}
