package org.visitledger.query.consistency;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.query.readmodel.ReadModelTables;

@Configuration(proxyBeanMethods = false)
public class VersionTrackingConfiguration {

    /**
     * Every read model gets a {@link VisitVersionTracker} in its own processing group, so that X-Min-Version and the
     * projections monitor work for a read model without it declaring anything more than its projection.
     */
    @Bean
    public ConfigurerModule visitVersionTrackers(ReadModelTables readModels, JdbcTemplate jdbc) {
        return configurer -> {
            for (String readModel : readModels.readModels()) {
                VisitVersionTracker tracker = new VisitVersionTracker(jdbc, readModel);
                configurer.eventProcessing()
                        .registerEventHandler(configuration -> tracker)
                        .assignHandlerInstancesMatching(readModel, handler -> handler == tracker);
            }
        };
    }
}
