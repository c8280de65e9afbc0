package org.visitledger.query.deadlines;

import java.time.Instant;

/** api.md: one row of the deadline dashboard; {@code status} is computed when read. */
public record DeadlineView(String visitId, String deadlineId, String code, String owner, Instant dueAt,
                           String status, Instant metAt, String visitType, String region) {
}
