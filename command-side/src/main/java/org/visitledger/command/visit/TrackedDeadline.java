package org.visitledger.command.visit;

import org.visitledger.events.DeadlineCode;

import java.time.Instant;

/** What the aggregate remembers of one deadline to decide met, missed and cancelled. */
record TrackedDeadline(String deadlineId, DeadlineCode code, Instant dueAt, State state) {

    enum State { OPEN, MISSED, MET, CANCELLED }

    boolean unmet() {
        return state == State.OPEN || state == State.MISSED;
    }

    TrackedDeadline in(State newState) {
        return new TrackedDeadline(deadlineId, code, dueAt, newState);
    }
}
