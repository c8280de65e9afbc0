package org.visitledger.command.web.limits;

import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.limits.RateLimiter;

/** The abuse limits' settings and the per-user command rate limiter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
public class LimitsConfiguration {

    /**
     * The buckets run on nano time, not wall time, so that a clock set back neither stalls nor refills anybody's
     * allowance; a {@link TimeMeter} bean replaces it (a test's clock that it moves itself).
     */
    @Bean
    public RateLimiter commandRateLimiter(LimitsProperties limits, ObjectProvider<TimeMeter> time) {
        return new RateLimiter(limits.commandsPerMinute(), limits.commandBurst(),
                time.getIfAvailable(() -> TimeMeter.SYSTEM_NANOTIME));
    }
}
