package org.visitledger.integrity;

/** What is wrong where a visit's hash chain first breaks. */
public enum LinkProblem {
    /** The event's canonical form no longer gives the hash recorded when it was stored: an edited payload, metadata,
     * type or time stamp, or another event moved to its sequence number. */
    CHANGED,
    /** No event is stored at this sequence number, though later ones are: deleted. */
    MISSING,
    /** The event has no recorded hash: written around the event store, or its hash deleted. */
    NOT_RECORDED,
    /** The event is stored before the event it follows (global index), so readers of the store see them reordered. */
    OUT_OF_ORDER,
    /** The chain ends before a sequence number that was recorded (by a hash or by the checkpoint): events deleted. */
    TRUNCATED,
    /** The chain holds together, but its hash at the checkpoint's head is not the one the checkpoint recorded: the
     * history was rewritten with new hashes. */
    DIFFERS_FROM_CHECKPOINT,
    /** None of the visit's events is stored, though the checkpoint or the chain's hashes record it. */
    VISIT_MISSING
}
