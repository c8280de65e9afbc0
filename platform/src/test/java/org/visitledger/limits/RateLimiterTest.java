package org.visitledger.limits;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-user token bucket on a clock the test moves: burst, refill, Retry-After seconds and users apart. */
class RateLimiterTest {

    private final ManualTime time = new ManualTime();
    /** 30 a minute: one command's allowance comes back every 2 seconds. */
    private final RateLimiter limiter = new RateLimiter(30, 3, time);

    @Test
    void a_user_may_send_a_burst_and_the_next_command_waits_for_the_refill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("inspector")).as("command %d", i + 1).isEmpty();
        }
        assertThat(limiter.tryAcquire("inspector")).hasValue(2);

        time.advance(Duration.ofMillis(1_999));
        assertThat(limiter.tryAcquire("inspector")).as("a millisecond early").hasValue(1);
        time.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("inspector")).isEmpty();
        assertThat(limiter.tryAcquire("inspector")).hasValue(2);
    }

    @Test
    void a_refused_command_takes_nothing_from_the_allowance() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("inspector");
        }
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("inspector")).isPresent();
        }
        time.advance(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire("inspector")).isEmpty();
    }

    /** The failed-login check looks without taking: a user with no failures yet has nothing used up. */
    @Test
    void exhausted_looks_at_the_allowance_without_taking_from_it() {
        assertThat(limiter.exhausted("analyst")).isEmpty();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.exhausted("analyst")).isEmpty();
            limiter.tryAcquire("analyst");
        }
        assertThat(limiter.exhausted("analyst")).hasValue(2);
        assertThat(limiter.exhausted("analyst")).as("looking took nothing").hasValue(2);
        time.advance(Duration.ofSeconds(2));
        assertThat(limiter.exhausted("analyst")).isEmpty();
    }

    /** Keys a client chooses (addresses) cannot grow the buckets without end: past the bound they start afresh. */
    @Test
    void past_its_bound_on_keys_the_limiter_starts_afresh() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("spent");
        }
        for (int i = 0; i < RateLimiter.MAX_KEYS; i++) {
            limiter.tryAcquire("address-" + i);
        }
        assertThat(limiter.exhausted("spent")).as("forgotten").isEmpty();
    }

    @Test
    void users_have_allowances_of_their_own() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("inspector");
        }
        assertThat(limiter.tryAcquire("inspector")).isPresent();
        assertThat(limiter.tryAcquire("provider")).isEmpty();
        assertThat(limiter.tryAcquire("Inspector")).as("user names are exact").isEmpty();
    }

    @Test
    void a_quiet_spell_refills_no_more_than_the_burst() {
        time.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("inspector")).isEmpty();
        }
        assertThat(limiter.tryAcquire("inspector")).isPresent();
    }

    @Test
    void retry_after_is_whole_seconds_rounded_up_and_never_zero() {
        RateLimiter fast = new RateLimiter(600, 1, time);
        assertThat(fast.tryAcquire("inspector")).isEmpty();
        assertThat(fast.tryAcquire("inspector")).as("100 ms to wait").isEqualTo(OptionalLong.of(1));

        RateLimiter slow = new RateLimiter(1, 1, time);
        assertThat(slow.tryAcquire("inspector")).isEmpty();
        assertThat(slow.tryAcquire("inspector")).hasValue(60);
        time.advance(Duration.ofMillis(30_500));
        assertThat(slow.tryAcquire("inspector")).as("29.5 s to wait").hasValue(30);
    }

    /** A clock that moves only when the test says. */
    private static final class ManualTime implements TimeMeter {

        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
