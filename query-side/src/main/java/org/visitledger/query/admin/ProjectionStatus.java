package org.visitledger.query.admin;

/**
 * One read model's progress: its position in the event stream (global index), the stream's head, the lag
 * between them, whether a rebuild is catching up (set by the replayer) or the processor is in error, and the completeness check — stored events it has not
 * applied (must be 0 once it has caught up: anything else is a skipped event).
 */
public record ProjectionStatus(String name, Long position, long head, long lag, boolean replaying, boolean error,
                               long visits, long eventsNotSeen) {
}
