package org.visitledger.integrity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * A walk over a range of the store, in (visit, sequence) order: one {@link ChainWalk} at a time. The walks of all
 * ranges, merged, also find the visits no event was seen of, though the checkpoint or the recorded hashes know them.
 */
final class StoreWalk {

    private static final int PROGRESS_EVERY = 1_000;

    private final Map<String, ChainHead> checkpointHeads;
    private final Map<String, Long> lastRecorded;
    private final Long checkpointId;
    private final LongConsumer progress;
    private final List<ChainHead> heads = new ArrayList<>();
    private final List<ChainResult> broken = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private String visitId;
    private ChainWalk walk;
    private long chains;
    private long events;

    /** @param progress told of every {@value #PROGRESS_EVERY} more events verified */
    StoreWalk(Map<String, ChainHead> checkpointHeads, Map<String, Long> lastRecorded, Long checkpointId,
              LongConsumer progress) {
        this.checkpointHeads = checkpointHeads;
        this.lastRecorded = lastRecorded;
        this.checkpointId = checkpointId;
        this.progress = progress;
    }

    void feed(StoredEvent event, byte[] recordedHash) {
        String aggregate = event.aggregateIdentifier();
        if (!aggregate.equals(visitId)) {
            finishVisit();
            visitId = aggregate;
            seen.add(aggregate);
            walk = new ChainWalk(aggregate, checkpointHeads.get(aggregate));
        }
        walk.feed(event, recordedHash);
        if (++events % PROGRESS_EVERY == 0) {
            progress.accept(PROGRESS_EVERY);
        }
    }

    /** Ends the visit being walked (call once the range is read). */
    void finishVisit() {
        if (walk == null) {
            return;
        }
        ChainResult result = walk.finish(lastRecorded.getOrDefault(visitId, -1L), checkpointId);
        chains++;
        if (result.intact()) {
            heads.add(result.head());
        } else {
            broken.add(result);
        }
        walk = null;
    }

    /** The walks of all ranges as one, with the visits none of them saw an event of as missing. */
    static StoreWalk merged(List<StoreWalk> walks, Map<String, ChainHead> checkpointHeads,
                            Map<String, Long> lastRecorded, Long checkpointId) {
        StoreWalk all = new StoreWalk(checkpointHeads, lastRecorded, checkpointId, more -> { });
        for (StoreWalk walk : walks) {
            all.heads.addAll(walk.heads);
            all.broken.addAll(walk.broken);
            all.seen.addAll(walk.seen);
            all.chains += walk.chains;
            all.events += walk.events;
            walk.progress.accept(walk.events % PROGRESS_EVERY);
        }
        Set<String> unseen = new TreeSet<>(checkpointHeads.keySet());
        unseen.addAll(lastRecorded.keySet());
        unseen.removeAll(all.seen);
        for (String gone : unseen) {
            all.visitId = gone;
            all.walk = new ChainWalk(gone, checkpointHeads.get(gone));
            all.finishVisit();
        }
        return all;
    }

    long chains() {
        return chains;
    }

    long events() {
        return events;
    }

    List<ChainHead> heads() {
        return heads;
    }

    List<ChainResult> broken() {
        return broken;
    }
}
