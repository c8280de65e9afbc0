package org.visitledger.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When a run measures and when it ends. Commands sent before {@code measureFrom} (the warm-up) are not recorded.
 * A duration run stops sending at {@code endAt}; a visits run hands out unmeasured visits during the warm-up and then
 * exactly {@code visits} more, and ends when they are done.
 */
final class Run {

    final long measureFrom;
    private final Long endAt;
    private final AtomicLong visitNumbers = new AtomicLong();
    private final AtomicLong measuredVisitsLeft;
    private volatile String abortedBecause;

    Run(long start, BenchOptions options) {
        this.measureFrom = start + options.warmupSeconds() * 1_000_000_000L;
        this.endAt = options.durationSeconds() == null ? null : measureFrom + options.durationSeconds() * 1_000_000_000L;
        this.measuredVisitsLeft = new AtomicLong(options.visits() == null ? 0 : options.visits());
    }

    boolean measuring(long nanoTime) {
        return nanoTime >= measureFrom;
    }

    boolean over(long nanoTime) {
        return abortedBecause != null || (endAt != null && nanoTime >= endAt);
    }

    /** Stops the run early (the server went away): every client stops after its current command. */
    void abort(String reason) {
        if (abortedBecause == null) {
            abortedBecause = reason;
        }
    }

    /** Why the run was stopped early, or null. */
    String abortedBecause() {
        return abortedBecause;
    }

    /** The number of the next visit to drive, or -1 when the run wants no more. */
    long claimVisit() {
        long now = System.nanoTime();
        if (abortedBecause != null) {
            return -1;
        }
        if (endAt != null) {
            return over(now) ? -1 : visitNumbers.getAndIncrement();
        }
        if (!measuring(now) || measuredVisitsLeft.getAndDecrement() > 0) {
            return visitNumbers.getAndIncrement();
        }
        return -1;
    }
}
