package org.visitledger.integrity;

import java.util.List;

/**
 * A visit's history verified (the answer of {@code GET /api/visits/{id}/integrity}): verified only if its chain is
 * intact and agrees with the latest checkpoint, and that checkpoint can be trusted (or none exists yet).
 *
 * @param events          the visit's events stored
 * @param head            the last link verified (null where the chain is broken)
 * @param firstBrokenLink where the chain first breaks, or null
 * @param checkpoint      the checkpoint checked against, or null if none has been made
 */
public record VisitIntegrity(String visitId, boolean verified, long events, Head head, BrokenLink firstBrokenLink,
                             CheckedAgainst checkpoint, String algorithm, String canonicalForm) {

    static VisitIntegrity of(ChainResult chain, Checkpoints.CheckedCheckpoint checkpoint, ChainHead checkpointHead) {
        CheckedAgainst against = checkpoint == null ? null : CheckedAgainst.of(checkpoint, checkpointHead);
        boolean verified = chain.intact() && (checkpoint == null || checkpoint.authentic());
        Head head = chain.head() == null ? null : new Head(chain.head().sequence(), ChainHash.hex(chain.head().hash()));
        return new VisitIntegrity(chain.visitId(), verified, chain.events(), head, chain.firstBrokenLink(), against,
                ChainHash.ALGORITHM, ChainHash.CANONICAL_FORM);
    }

    public record Head(long sequence, String hash) {
    }

    /**
     * @param sequence the visit's head in the checkpoint (null if the visit began after it, or the checkpoint cannot be
     *                 trusted): the chain up to there is what the checkpoint vouches for
     * @param flaws    what makes the checkpoint untrustworthy (empty if it can be trusted)
     */
    public record CheckedAgainst(long id, String madeAt, String hash, boolean authentic, Long sequence,
                                 List<String> flaws) {

        static CheckedAgainst of(Checkpoints.CheckedCheckpoint checked, ChainHead head) {
            Checkpoint checkpoint = checked.checkpoint();
            return new CheckedAgainst(checkpoint.id(), checkpoint.madeAt(), ChainHash.hex(checkpoint.checkpointHash()),
                    checked.authentic(), head == null ? null : head.sequence(), checked.flaws());
        }
    }
}
