package org.visitledger.integrity;

import java.time.Instant;
import java.util.List;

/**
 * One verification of the whole store (rule INTEGRITY-VERIFY), as recorded in {@code integrity_verification}: who
 * asked, how far it has got, and what it found.
 *
 * @param status          RUNNING, then VERIFIED (every chain intact, every checkpoint trustworthy), BROKEN or FAILED
 *                        (it could not finish: {@code notes} says why); INTERRUPTED if the process running it stopped
 * @param checkedAgainst  the checkpoint the chains were checked against, or null
 * @param checkpointMade  the checkpoint recorded at its end, when asked for and the store verified
 * @param progress        events verified out of the events stored when it began, in per cent
 * @param broken          each broken chain's first broken link (the first {@value StoreVerifications#LISTED})
 * @param notes           what else it found: untrustworthy checkpoints, why no checkpoint was made, an error
 */
public record Verification(String id, String requestedBy, Instant requestedAt, Instant updatedAt, Instant finishedAt,
                           String status, boolean checkpointRequested, Long checkedAgainst, Long checkpointMade,
                           long eventsTotal, long eventsVerified, int progress, long chainsVerified,
                           long chainsBroken, List<BrokenChain> broken, List<String> notes) {

    /** A broken chain: the visit and where it first breaks. */
    public record BrokenChain(String visitId, long sequence, LinkProblem problem, String detail) {
    }

    /** What is recorded of the findings beside the counts. */
    record Findings(List<BrokenChain> broken, List<String> notes) {
    }
}
