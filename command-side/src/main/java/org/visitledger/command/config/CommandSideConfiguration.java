package org.visitledger.command.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.visitledger.command.process.ConversionProcess;
import org.visitledger.command.process.MonitoringVisitProcess;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.util.List;

/** Wiring of the command side that belongs to no single feature. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class CommandSideConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Each cross-visit process runs in its own pooled streaming processor; a failure is retried rather than logged
     * and skipped, so a decided monitoring visit or NFD inspection is never silently left uncreated.
     */
    @Bean
    public ConfigurerModule processes() {
        return configurer -> {
            for (String process : List.of(MonitoringVisitProcess.NAME, ConversionProcess.NAME)) {
                configurer.eventProcessing()
                        .registerPooledStreamingEventProcessor(process)
                        .registerListenerInvocationErrorHandler(process,
                                configuration -> PropagatingErrorHandler.instance());
            }
        };
    }
}
