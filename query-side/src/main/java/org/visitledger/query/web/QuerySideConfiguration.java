package org.visitledger.query.web;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.calendar.WorkingDayCalendar;

import java.time.Clock;

/** Event processing of the read models. */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

    /**
     * Pooled streaming processors; a failing handler stops its segment and is retried instead of the default
     * log-and-skip, which would leave a read model silently missing an event.
     */
    /** Statuses such as OVERDUE are computed against this clock when a read model is queried. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** DUE_SOON is "due within the next 2 working days", computed when the dashboard is read. */
    @Bean
    @ConditionalOnMissingBean
    public WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.englandAndWales();
    }

    @Bean
    public ConfigurerModule readModelProcessing() {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
