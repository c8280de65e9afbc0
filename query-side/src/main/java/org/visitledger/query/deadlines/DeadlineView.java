package org.visitledger.query.deadlines;

import java.time.Instant;

/**
 * One row of the deadline dashboard (GET /api/deadlines); {@code status} is computed when read (rule
 * DASHBOARD-DEADLINE-STATUS).
 */
public record DeadlineView(String visitId, String deadlineId, String code, String owner, Instant dueAt,
                           String status, Instant metAt, String visitType, String region) {
}
