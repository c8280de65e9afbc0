package org.visitledger.integrity;

import java.util.List;

/**
 * The whole store verified: the checkpoint checked against (null if none), what makes any checkpoint untrustworthy,
 * how many chains and events were verified, the heads of the intact chains, and the broken chains.
 */
public record StoreResult(Checkpoints.CheckedCheckpoint checkpoint, List<String> checkpointFlaws, long chains,
                          long events, List<ChainHead> heads, List<ChainResult> broken) {

    public boolean intact() {
        return broken.isEmpty() && checkpointFlaws.isEmpty();
    }
}
