package org.visitledger.integrity;

import java.util.Arrays;

/**
 * Verifies one visit's chain (rule INTEGRITY-VERIFY): fed the visit's stored events in sequence order with their
 * recorded hashes, it recomputes every link and stops at the first that breaks. Finished with the highest sequence
 * number a hash was recorded for and the head the checkpoint recorded, it also sees events deleted from the end.
 */
final class ChainWalk {

    private final String visitId;
    private final ChainHead checkpointHead;
    private byte[] previous = ChainHash.genesis();
    private long expected;
    private long lastGlobalIndex = Long.MIN_VALUE;
    private long events;
    private BrokenLink broken;

    /** @param checkpointHead the visit's head in the checkpoint checked against, or null */
    ChainWalk(String visitId, ChainHead checkpointHead) {
        this.visitId = visitId;
        this.checkpointHead = checkpointHead;
    }

    void feed(StoredEvent event, byte[] recordedHash) {
        events++;
        if (broken != null) {
            return;
        }
        long sequence = event.sequenceNumber();
        if (sequence != expected) {
            broken = new BrokenLink(expected, LinkProblem.MISSING,
                    "no event is stored at sequence " + expected + "; the next stored is " + sequence);
            return;
        }
        if (event.globalIndex() <= lastGlobalIndex) {
            broken = new BrokenLink(sequence, LinkProblem.OUT_OF_ORDER,
                    "stored before the event it follows (global index " + event.globalIndex() + ")");
            return;
        }
        byte[] hash = ChainHash.link(event, previous);
        if (recordedHash == null) {
            broken = new BrokenLink(sequence, LinkProblem.NOT_RECORDED, "no hash was recorded for this event");
        } else if (!Arrays.equals(hash, recordedHash)) {
            broken = new BrokenLink(sequence, LinkProblem.CHANGED,
                    "the event's hash is not the one recorded when it was stored");
        } else if (checkpointHead != null && sequence == checkpointHead.sequence()
                && !Arrays.equals(hash, checkpointHead.hash())) {
            broken = new BrokenLink(sequence, LinkProblem.DIFFERS_FROM_CHECKPOINT,
                    "the chain's hash here is not the one the checkpoint recorded");
        }
        previous = hash;
        expected++;
        lastGlobalIndex = event.globalIndex();
    }

    /**
     * @param lastRecordedSequence the highest sequence number with a recorded hash (-1 if none)
     * @param checkpointId         the checkpoint checked against, for the words of a truncation it shows
     */
    ChainResult finish(long lastRecordedSequence, Long checkpointId) {
        if (broken == null && events == 0) {
            long known = Math.max(lastRecordedSequence, checkpointHead == null ? -1 : checkpointHead.sequence());
            broken = new BrokenLink(0, LinkProblem.VISIT_MISSING, "none of the visit's events is stored; "
                    + "hashes or the checkpoint record " + (known + 1) + " of them");
        } else if (broken == null && lastRecordedSequence >= expected) {
            broken = new BrokenLink(expected, LinkProblem.TRUNCATED, "the chain ends at sequence " + (expected - 1)
                    + ", but hashes were recorded up to sequence " + lastRecordedSequence);
        } else if (broken == null && checkpointHead != null && checkpointHead.sequence() >= expected) {
            broken = new BrokenLink(expected, LinkProblem.TRUNCATED, "the chain ends at sequence " + (expected - 1)
                    + ", but checkpoint " + checkpointId + " recorded it up to sequence " + checkpointHead.sequence());
        }
        ChainHead head = broken == null ? new ChainHead(visitId, expected - 1, previous) : null;
        return new ChainResult(visitId, events, head, broken);
    }
}
