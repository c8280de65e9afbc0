package org.visitledger.persistence;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Tells idle pooled streaming processors at once that new events have reached this JVM's event store.
 * <p>
 * A pooled processor with nothing to do asks its event stream to call it back when events arrive; the embedded
 * event store's streams cannot (only Axon Server's can), so the processor looks again every 500 ms, Axon's fixed
 * pause. At low load that pause was most of the read models' lag between a command's answer and its effect on the
 * deadline dashboard (bench/RESULTS.md). This watcher follows the head of the
 * store on a stream of its own — which shares the store's cache of recent events, so it adds no query — and calls
 * every registered processor back as soon as that stream has something new. Events committed in this JVM wake it at
 * once; those stored by another process (the split deployment's query side) as soon as the store polls them in
 * ({@code visit-ledger.event-store.fetch-delay}).
 */
public final class EventArrival implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventArrival.class);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final long wakeDelayMillis;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private volatile Thread watcher;

    /** @param wakeDelay how long after events arrive the processors are called (visit-ledger.event-store.wake-delay) */
    public EventArrival(StreamableMessageSource<TrackedEventMessage<?>> store, Duration wakeDelay) {
        this.store = store;
        this.wakeDelayMillis = wakeDelay.toMillis();
    }

    /** The store this follows, its streams able to call their processor back when events arrive. */
    public StreamableMessageSource<TrackedEventMessage<?>> signallingStore() {
        return new SignallingEventSource(store, this);
    }

    void register(Runnable callback) {
        callbacks.add(callback);
    }

    void unregister(Runnable callback) {
        callbacks.remove(callback);
    }

    /** Follows the store from its head as it is now: every event stored after this returns wakes the processors. */
    @Override
    public synchronized void start() {
        if (watcher == null) {
            BlockingStream<TrackedEventMessage<?>> head = store.openStream(store.createHeadToken());
            watcher = new Thread(() -> watch(head), "event-arrival");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = watcher;
        watcher = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    private void watch(BlockingStream<TrackedEventMessage<?>> head) {
        Thread self = Thread.currentThread();
        BlockingStream<TrackedEventMessage<?>> opened = head;
        while (watcher == self) {
            try (BlockingStream<TrackedEventMessage<?>> stream = opened != null ? opened
                    : store.openStream(store.createHeadToken())) {
                opened = null;
                while (watcher == self) {
                    if (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        if (wakeDelayMillis > 0) {
                            Thread.sleep(wakeDelayMillis);
                        }
                        // Only the arrival matters here: the messages are passed over, their payloads never read.
                        while (stream.hasNextAvailable()) {
                            stream.nextAvailable();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // Meanwhile the processors wake on their own every few seconds (Axon's claim interval).
                log.warn("Following the event store's head failed; trying again in 1 s", e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
        if (opened != null) {
            opened.close();
        }
    }
}
