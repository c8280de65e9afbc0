package org.visitledger.query.audit;

import java.time.Instant;

/** One read of a visit's full history. */
public record HistoryRead(String visitId, String actor, Instant readAt) {
}
