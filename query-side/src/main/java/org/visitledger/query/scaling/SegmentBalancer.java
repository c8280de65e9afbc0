package org.visitledger.query.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.visitledger.query.admin.ReadModelTables;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Divides the read models' segments between the query-side instances that share one event store. Axon's token
 * claims decide who processes what; without Axon Server nothing rebalances them, so the first instance to start
 * would claim every segment and the others would idle until it died. This policy works only through those claims:
 * each instance counts the other live owners in the token table, limits itself to a fair share (the processors'
 * {@link org.axonframework.eventhandling.pooled.MaxSegmentProvider}, {@link #maxSegments}) and releases what it
 * holds beyond it; an instance that holds a whole processor now and then releases one segment briefly, so that an
 * idle newcomer can claim it and become visible. A dead instance's claims expire and the survivors' fair share grows
 * to cover its segments. Only in the split deployment (visit-ledger.read-models.balance-segments).
 */
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenClaims claims;
    private final BalancerSettings settings;
    private final Clock clock;
    private final ConcurrentHashMap<String, Integer> fairShares = new ConcurrentHashMap<>();
    private volatile long lastProbe;

    public SegmentBalancer(EventProcessingConfiguration processing, TokenClaims claims, BalancerSettings settings,
                           Clock clock) {
        this.processing = processing;
        this.claims = claims;
        this.settings = settings;
        this.clock = clock;
    }

    /** The most segments of this processor this instance may claim now (all of them until the first balancing). */
    public int maxSegments(String processor) {
        return fairShares.getOrDefault(processor, (int) Short.MAX_VALUE);
    }

    @Scheduled(fixedDelayString = "${visit-ledger.read-models.balance-interval:PT2S}")
    void balance() {
        boolean probeDue = clock.millis() - lastProbe >= settings.probeInterval().toMillis();
        for (String name : ReadModelTables.readModels()) {
            processing.eventProcessor(name, StreamingEventProcessor.class)
                    .filter(StreamingEventProcessor::isRunning)
                    .ifPresent(processor -> balance(name, processor, probeDue));
        }
        if (probeDue) {
            lastProbe = clock.millis();
        }
    }

    private void balance(String name, StreamingEventProcessor processor, boolean probeDue) {
        Set<Integer> mine = processor.processingStatus().keySet();
        TokenClaims.Snapshot snapshot = claims.read(name, mine, clock.instant().minus(settings.claimTimeout()));
        if (snapshot.segments() == 0) {
            return;
        }
        int owners = snapshot.otherLiveOwners() + 1;
        int fairShare = (snapshot.segments() + owners - 1) / owners;
        fairShares.put(name, fairShare);
        List<Integer> held = mine.stream().sorted(Comparator.reverseOrder()).toList();
        if (held.size() > fairShare) {
            held.stream().limit(held.size() - fairShare)
                    .forEach(segment -> processor.releaseSegment(segment, settings.releaseFor().toMillis(),
                            TimeUnit.MILLISECONDS));
            log.info("Read model {}: {} live instances, fair share {} of {} segments; released {}", name, owners,
                    fairShare, snapshot.segments(), held.size() - fairShare);
        } else if (probeDue && owners == 1 && held.size() == snapshot.segments() && held.size() > 1) {
            // Alone on the whole stream: let an idle instance, invisible in the token table, take one segment.
            processor.releaseSegment(held.get(0), settings.releaseFor().toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
