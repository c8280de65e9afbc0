package org.visitledger.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.settings.VisitLedgerProperties;

import javax.sql.DataSource;
import java.time.Clock;

/** The tamper evidence's parts, on both sides: the chain the event store writes, its checks and the checkpoints. */
@Configuration(proxyBeanMethods = false)
public class IntegrityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityConfiguration.class);

    @Bean
    public EventChain eventChain(JdbcTemplate jdbc) {
        return new EventChain(jdbc);
    }

    @Bean
    public CheckpointKey checkpointKey(VisitLedgerProperties properties) {
        CheckpointKey key = CheckpointKey.from(properties.integrity());
        if (!key.present()) {
            LOG.warn("Checkpoints can be neither made nor checked: {}. Each visit's hash chain is still verified, but "
                    + "deleting a whole visit or the end of its history goes unnoticed (docs/integrity.md)",
                    key.missing());
        }
        return key;
    }

    @Bean
    public Checkpoints checkpoints(JdbcTemplate jdbc, CheckpointKey key) {
        return new Checkpoints(jdbc, key);
    }

    @Bean
    public ChainVerifier chainVerifier(DataSource dataSource, Checkpoints checkpoints) {
        return new ChainVerifier(dataSource, checkpoints);
    }

    @Bean
    public StoreVerifications storeVerifications(JdbcTemplate jdbc, ChainVerifier verifier, Checkpoints checkpoints,
                                                 Clock clock) {
        return new StoreVerifications(jdbc, verifier, checkpoints, clock);
    }
}
