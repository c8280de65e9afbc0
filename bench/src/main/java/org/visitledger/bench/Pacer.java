package org.visitledger.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop pacing: command i of the run (over all clients) is due at start + i / rate, whatever the answers to the
 * earlier ones, so a slow server meets the same offered load instead of a politely slower one. A client takes the
 * next slot, waits for its time and sends; when all clients are busy the slots fall behind and are sent as soon as a
 * client is free (that wait shows in the latency measured from the schedule). Rate 0 sends as fast as possible.
 */
final class Pacer {

    private final long start;
    private final long intervalNanos;
    private final AtomicLong next = new AtomicLong();

    Pacer(long start, double rate) {
        this.start = start;
        this.intervalNanos = rate <= 0 ? 0 : Math.max(1, Math.round(1e9 / rate));
    }

    /** The next command's due time (nanoTime), once it has come; unpaced: now. */
    long awaitSlot() {
        if (intervalNanos == 0) {
            return System.nanoTime();
        }
        long due = start + next.getAndIncrement() * intervalNanos;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        return due;
    }
}
