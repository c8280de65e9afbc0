package org.visitledger.persistence;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A stream of the event store that supports the processor's "call me back when events arrive" ({@link EventArrival}). */
final class SignallingEventStream implements BlockingStream<TrackedEventMessage<?>> {

    private final BlockingStream<TrackedEventMessage<?>> delegate;
    private final EventArrival arrival;
    private volatile Runnable callback;

    SignallingEventStream(BlockingStream<TrackedEventMessage<?>> delegate, EventArrival arrival) {
        this.delegate = delegate;
        this.arrival = arrival;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        Runnable previous = this.callback;
        if (previous != null) {
            arrival.unregister(previous);
        }
        this.callback = callback;
        arrival.register(callback);
        return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public boolean hasNextAvailable() {
        return delegate.hasNextAvailable();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        Runnable registered = callback;
        if (registered != null) {
            arrival.unregister(registered);
        }
        delegate.close();
    }
}
