package org.visitledger.query.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.visitledger.query.admin.OtherInstances;
import org.visitledger.query.admin.ProjectionReplayer;
import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.settings.VisitLedgerProperties;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Segment sharing between query-side instances, on in the split deployment (query-side.yml) and off in the
 * combined app, which is always alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "visit-ledger.read-models.balance-segments", havingValue = "true")
public class SegmentSharingConfiguration {

    /**
     * An instance stops counting as long after its last refresh as Axon takes to free a dead instance's claims.
     * Its id names the process (pid@host, as Axon's token owners do) and, since containers all run as pid 1 and
     * may share a host name, a random part.
     */
    @Bean
    public ReadModelInstances readModelInstances(JdbcTemplate jdbc,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        String nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString()
                .substring(0, 8);
        return new ReadModelInstances(jdbc, nodeId, claimTimeout);
    }

    /** A replay is refused while other instances run the read model (ProjectionReplayer). */
    @Bean
    public OtherInstances otherInstances(ReadModelInstances instances) {
        return instances::othersRunning;
    }

    /** The replayer is looked up when first needed: it needs the Axon configuration that needs this balancer. */
    @Bean
    public SegmentBalancer segmentBalancer(@Lazy EventProcessingConfiguration processing, JdbcTemplate jdbc,
            ReadModelTables tables, ReadModelInstances instances, ObjectProvider<ProjectionReplayer> replayer,
            VisitLedgerProperties properties) {
        return new SegmentBalancer(processing, tables.readModels(), new TokenSegments(jdbc), instances,
                properties.readModels().releaseFor(), readModel -> replayer.getObject().isReplaying(readModel));
    }

    @Bean
    public SchedulingConfigurer segmentBalancing(SegmentBalancer balancer, VisitLedgerProperties properties) {
        return registrar -> registrar.addFixedDelayTask(balancer::balance, properties.readModels().balanceInterval());
    }
}
