package org.visitledger.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per key (a user, a client address) over what it does (Bucket4j): it holds up to {@code burst} and
 * refills continuously, {@code refill} every {@code period}. The buckets live in this JVM's memory, so each instance
 * applies the limit on its own. Keys a client chooses (addresses) could grow the map without end, so past
 * {@link #MAX_KEYS} it starts afresh: a flood of addresses forgets the others' counts rather than the memory.
 */
public final class RateLimiter {

    static final int MAX_KEYS = 100_000;
    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int refill;
    private final Duration period;
    private final int burst;
    private final TimeMeter time;

    /** {@code time} is the buckets' clock: {@link TimeMeter#SYSTEM_NANOTIME}, or a test's own. */
    public RateLimiter(int refill, Duration period, int burst, TimeMeter time) {
        this.refill = refill;
        this.period = period;
        this.burst = burst;
        this.time = time;
    }

    public RateLimiter(int perMinute, int burst, TimeMeter time) {
        this(perMinute, Duration.ofMinutes(1), burst, time);
    }

    /** Takes one from the key's allowance: empty if it had one, else the whole seconds until it has. */
    public OptionalLong tryAcquire(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whether the key's allowance is used up, without taking from it: the whole seconds until it is not. */
    public OptionalLong exhausted(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return OptionalLong.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        if (buckets.size() >= MAX_KEYS && !buckets.containsKey(key)) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, anyone -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(refill, period))
                .withCustomTimePrecision(time)
                .build());
    }

    /** Rounded up, and at least 1: a client that waits as told is not refused again. */
    private static long seconds(long nanos) {
        return Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }
}
