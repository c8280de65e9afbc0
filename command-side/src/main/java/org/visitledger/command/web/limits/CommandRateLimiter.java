package org.visitledger.command.web.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per user over the commands they send (Bucket4j): it holds up to {@code burst} commands and refills
 * continuously at {@code perMinute}. The buckets live in this JVM's memory, so each command-side instance applies the
 * limit on its own. They are keyed by authenticated user names only, so there are at most as many as users.
 */
public final class CommandRateLimiter {

    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final int burst;
    private final TimeMeter time;

    /** {@code time} is the buckets' clock: {@link TimeMeter#SYSTEM_NANOTIME}, or a test's own. */
    public CommandRateLimiter(int perMinute, int burst, TimeMeter time) {
        this.perMinute = perMinute;
        this.burst = burst;
        this.time = time;
    }

    /** Takes one command from the user's allowance: empty if it had one, else the whole seconds until it has. */
    public OptionalLong tryAcquire(String user) {
        ConsumptionProbe probe = buckets.computeIfAbsent(user, anyone -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        // Rounded up, and at least 1: a client that waits as told is not refused again.
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }
}
