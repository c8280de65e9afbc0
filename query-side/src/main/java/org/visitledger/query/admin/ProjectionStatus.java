package org.visitledger.query.admin;

/**
 * One read model's progress: its position in the event stream (global index), the stream's head, the lag
 * between them, whether a rebuild is catching up (set by the replayer), whether it is in error (its processor
 * failing, or events parked in its dead-letter queue), and the completeness check: stored events it has not applied
 * (once it has caught up, exactly its dead letters: anything more is a skipped or evicted event).
 */
public record ProjectionStatus(String name, Long position, long head, long lag, boolean replaying, boolean error,
                               long visits, long eventsNotSeen, long deadLetters) {

    /** The same status with {@code replaying} as the replayer knows it. */
    public ProjectionStatus replaying(boolean replaying) {
        return new ProjectionStatus(name, position, head, lag, replaying, error, visits, eventsNotSeen, deadLetters);
    }
}
