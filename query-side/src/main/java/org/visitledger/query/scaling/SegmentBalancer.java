package org.visitledger.query.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Divides the read models' segments between the query-side instances that share one event store. Axon's token
 * claims decide who processes what; without Axon Server nothing rebalances them, so the first instance to start
 * would claim every segment and the others would idle until it died. This policy changes no claim itself:
 * each instance counts the instances running the same processor ({@link ReadModelInstances}), limits itself to a
 * fair share (the processors' {@link org.axonframework.eventhandling.pooled.MaxSegmentProvider},
 * {@link #maxSegments}) and releases what it holds beyond it for the others to claim. A dead instance stops counting
 * when its claims expire, and the survivors' fair share grows to cover its segments. Only in the split deployment
 * (visit-ledger.read-models.balance-segments).
 */
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenSegments segments;
    private final ReadModelInstances instances;
    private final Duration releaseFor;
    private final Predicate<String> replayingHere;
    private final Set<String> readModels;
    private final ConcurrentHashMap<String, Integer> fairShares = new ConcurrentHashMap<>();

    /**
     * releaseFor: how long a released segment is left for the others before this instance may claim it again.
     * replayingHere: whether this instance is rebuilding the read model; it then releases nothing, since an instance
     * started meanwhile would take segments that are still replaying into tables it serves as live.
     */
    public SegmentBalancer(EventProcessingConfiguration processing, Set<String> readModels, TokenSegments segments,
                           ReadModelInstances instances, Duration releaseFor, Predicate<String> replayingHere) {
        this.processing = processing;
        this.readModels = Set.copyOf(readModels);
        this.segments = segments;
        this.instances = instances;
        this.releaseFor = releaseFor;
        this.replayingHere = replayingHere;
    }

    /** The most segments of this processor this instance may claim now (all of them until the first balancing). */
    public int maxSegments(String processor) {
        return fairShares.getOrDefault(processor, (int) Short.MAX_VALUE);
    }

    /** Every visit-ledger.read-models.balance-interval (SegmentSharingConfiguration). */
    void balance() {
        for (String name : readModels) {
            try {
                Optional<StreamingEventProcessor> processor = processing
                        .eventProcessor(name, StreamingEventProcessor.class).filter(StreamingEventProcessor::isRunning);
                if (processor.isPresent()) {
                    instances.running(name);
                    balance(name, processor.get());
                } else {
                    instances.notRunning(name);
                }
            } catch (DataAccessException unreachable) {
                // The processors cannot extend their claims either; the next round tries again.
                log.warn("Read model {}: instances not counted this round: {}", name, unreachable.getMessage());
            }
        }
    }

    private void balance(String name, StreamingEventProcessor processor) {
        int total = segments.count(name);
        if (total == 0 || replayingHere.test(name)) {
            return;
        }
        int running = Math.max(1, instances.live(name));
        int fairShare = (total + running - 1) / running;
        Integer before = fairShares.put(name, fairShare);
        if (before == null || before != fairShare) {
            log.info("Read model {}: {} instances running it, fair share {} of {} segments", name, running, fairShare,
                    total);
        }
        List<Integer> held = processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder())
                .toList();
        if (held.size() > fairShare) {
            held.stream().limit(held.size() - fairShare).forEach(segment -> processor.releaseSegment(segment,
                    releaseFor.toMillis(), TimeUnit.MILLISECONDS));
            log.info("Read model {}: released {} segments", name, held.size() - fairShare);
        }
    }

    /**
     * The context is closing: stop counting before the processors stop and free their segments, so that the
     * others' fair share already covers them.
     */
    @EventListener(ContextClosedEvent.class)
    void leave() {
        instances.leave();
    }
}
