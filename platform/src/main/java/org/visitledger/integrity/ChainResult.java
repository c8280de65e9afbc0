package org.visitledger.integrity;

/**
 * One visit's chain as verified: how many events are stored, the head verified (null where the chain is broken), and the
 * first broken link (null if none).
 */
public record ChainResult(String visitId, long events, ChainHead head, BrokenLink firstBrokenLink) {

    public boolean intact() {
        return firstBrokenLink == null;
    }
}
