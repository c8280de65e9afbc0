package org.visitledger.query.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * Segment sharing between query-side instances, on in the split deployment (query-side.yml) and off in the
 * combined app, which is always alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "visit-ledger.read-models.balance-segments", havingValue = "true")
public class SegmentSharingConfiguration {

    @Bean
    public SegmentBalancer segmentBalancer(@Lazy EventProcessingConfiguration processing, JdbcTemplate jdbc,
            Clock clock,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
            @Value("${visit-ledger.read-models.release-for:PT3S}") Duration releaseFor,
            @Value("${visit-ledger.read-models.probe-interval:PT30S}") Duration probeInterval) {
        return new SegmentBalancer(processing, new TokenClaims(jdbc),
                new BalancerSettings(claimTimeout, releaseFor, probeInterval), clock);
    }
}
