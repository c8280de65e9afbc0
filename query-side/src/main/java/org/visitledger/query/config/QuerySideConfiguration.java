package org.visitledger.query.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.persistence.EventArrival;
import org.visitledger.query.scaling.SegmentBalancer;
import org.visitledger.settings.VisitLedgerProperties;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.time.Clock;
import java.util.Map;

/** Event processing of the read models. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class QuerySideConfiguration {

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

    /**
     * Axon 4.13's ReplayToken (written by a replay) carries an {@code Object} context with class type info;
     * Jackson 3's default validator refuses any subtype of {@code Object}, so a reset processor could never
     * read its tokens back. Allow Axon's own types there, and nothing else. Events are plain records with no
     * polymorphic typing, so their stored form is unaffected (see the golden JSON tests).
     */
    @Bean
    public Jackson3SerializerCustomizer axonTypesOnly() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .build());
    }

    /**
     * The read models send no message, so they carry no correlation data on. Without any provider Axon adds its
     * MessageOriginProvider, which reads (deserialises) the metadata of every event a read model handles; in a replay
     * that was a tenth of the read models' CPU. Where the command side runs too, its VisitMetadata is the one that
     * counts; this one adds nothing.
     */
    @Bean
    public CorrelationDataProvider readModelsSendNothing() {
        return message -> Map.of();
    }

    /**
     * Pooled streaming processors; a failing handler stops its segment and is retried instead of the default
     * log-and-skip, which would leave a read model silently missing an event. Events are applied in batches (one
     * transaction and one token update per batch, where Axon's default is one event per transaction, far slower to
     * catch up). The segments are what several query-side instances share; a single JVM rebuilds faster with one
     * (the app's application.yml). Both settings apply to every pooled processor of the JVM, the command side's
     * processes too when both sides run in one, and the segment count only when the token store is first initialised.
     */
    @Bean
    public ConfigurerModule readModelProcessing(VisitLedgerProperties properties,
                                                ObjectProvider<SegmentBalancer> balancer,
                                                ObjectProvider<EventArrival> arrival) {
        int batchSize = properties.readModels().batchSize();
        int segments = properties.readModels().segments();
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((configuration, builder) -> {
                    // Woken as soon as events arrive instead of looking every 500 ms (EventArrival).
                    builder.messageSource(arrival.getObject().signallingStore())
                            .batchSize(batchSize).initialSegmentCount(segments);
                    // Split deployment: each instance claims no more than its fair share of the segments.
                    balancer.ifAvailable(b -> builder.maxSegmentProvider(b::maxSegments).tokenClaimInterval(1000));
                    return builder;
                })
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
