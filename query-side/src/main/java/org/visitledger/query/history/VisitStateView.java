package org.visitledger.query.history;

import java.time.Instant;
import java.util.List;

/**
 * A visit as it stood at a recorded time or version, rebuilt from its events: for auditors' time travel.
 * {@code recordedAt} is when the last event included was recorded, {@code occurredAt} when it happened.
 */
public record VisitStateView(String visitId, String visitType, String rulebookVersion, String status, long version,
                             Instant recordedAt, Instant occurredAt, List<Milestone> milestones,
                             List<DeadlineState> deadlines) {

    /** One lifecycle event in business time and recorded time. */
    public record Milestone(String type, Instant occurredAt, Instant recordedAt) {
    }

    /** A deadline as it stood then: OPEN, MISSED, MET or CANCELLED. */
    public record DeadlineState(String deadlineId, String code, Instant dueAt, String state, Boolean late,
                                Boolean early) {
    }
}
