package org.visitledger.persistence;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The pooled processors' wake-up: a stream of the store calls its processor back once new events are stored. */
class EventArrivalTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventArrival arrival = new EventArrival(store, Duration.ZERO);
    private final StreamableMessageSource<TrackedEventMessage<?>> source = arrival.signallingStore();

    @AfterEach
    void stop() {
        arrival.stop();
        store.shutDown();
    }

    @Test
    void a_stream_calls_its_processor_back_when_an_event_is_stored() throws InterruptedException {
        arrival.start();
        CountDownLatch calledBack = new CountDownLatch(1);
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(calledBack::countDown)).as("callback supported").isTrue();

            store.publish(GenericEventMessage.asEventMessage("stored"));

            assertThat(calledBack.await(10, TimeUnit.SECONDS)).as("called back").isTrue();
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("stored");
        }
    }

    @Test
    void a_closed_stream_is_not_called_back() throws InterruptedException {
        arrival.start();
        AtomicInteger closedCalls = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> closed = source.openStream(null);
        closed.setOnAvailableCallback(closedCalls::incrementAndGet);
        closed.close();
        CountDownLatch openCalledBack = new CountDownLatch(1);
        try (BlockingStream<TrackedEventMessage<?>> open = source.openStream(null)) {
            open.setOnAvailableCallback(openCalledBack::countDown);

            store.publish(GenericEventMessage.asEventMessage("stored"));

            // Both would be called back in the same round: once the open one is, the closed one had its chance.
            assertThat(openCalledBack.await(10, TimeUnit.SECONDS)).as("open stream called back").isTrue();
            assertThat(closedCalls).hasValue(0);
        }
    }

    @Test
    void with_a_wake_delay_the_events_stored_meanwhile_wake_the_processor_once() throws InterruptedException {
        EventArrival delayed = new EventArrival(store, Duration.ofMillis(400));
        delayed.start();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch calledBack = new CountDownLatch(1);
        try (BlockingStream<TrackedEventMessage<?>> stream = delayed.signallingStore().openStream(null)) {
            stream.setOnAvailableCallback(() -> {
                calls.incrementAndGet();
                calledBack.countDown();
            });
            long start = System.nanoTime();

            store.publish(GenericEventMessage.asEventMessage("first"));
            Thread.sleep(100);
            store.publish(GenericEventMessage.asEventMessage("second"));

            assertThat(calledBack.await(10, TimeUnit.SECONDS)).as("called back").isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("not before the delay")
                    .isGreaterThanOrEqualTo(400);
            assertThat(calls).as("one wake for both events").hasValue(1);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("second");
        } finally {
            delayed.stop();
        }
    }
}
