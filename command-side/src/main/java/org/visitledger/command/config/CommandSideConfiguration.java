package org.visitledger.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.visitledger.command.process.ConversionProcess;
import org.visitledger.command.process.MonitoringVisitProcess;
import org.visitledger.command.web.VisitMetadata;
import org.visitledger.deadletters.DeadLetterTable;
import org.visitledger.deadletters.ParkingCause;
import org.visitledger.persistence.EventArrival;
import org.visitledger.settings.VisitLedgerProperties;

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
     * Times every command handled, by command and outcome ({@link CommandTimer}). Axon's InterceptorAutoConfiguration
     * registers a handler-interceptor bean on the command bus itself; registering it here too would run it twice.
     */
    @Bean
    public CommandTimer commandTimer(MeterRegistry registry) {
        return new CommandTimer(registry);
    }

    /**
     * Each cross-visit process runs in its own pooled streaming processor. An event it cannot act on is parked in its
     * dead-letter queue with the visit's later events ({@link DeadLetterTable}; the sequence is the visit), where an
     * administrator sees it and retries it; a failure of the moment is retried rather than parked, and nothing is
     * ever logged and skipped, so a decided monitoring visit or NFD inspection is never silently left uncreated.
     * <p>
     * Both processes read every event of the store but act on few, so they take what has arrived in batches (one
     * transaction and one token update per batch instead of per event, whose token updates showed up in the command
     * side's profile under load) and in one segment: the processes are light, and one segment spares each event the
     * hand-out to many work packages. Another command-side instance takes the segment over when this one
     * stops. The segment count applies when the token store is first initialised.
     */
    @Bean
    public ConfigurerModule processes(VisitLedgerProperties properties, ObjectProvider<EventArrival> arrival,
                                      ConnectionProvider connections) {
        int batchSize = properties.processes().batchSize();
        int segments = properties.processes().segments();
        return configurer -> {
            for (String process : List.of(MonitoringVisitProcess.NAME, ConversionProcess.NAME)) {
                configurer.eventProcessing()
                        .registerPooledStreamingEventProcessor(process,
                                // Woken as soon as events arrive instead of looking every 500 ms (EventArrival).
                                configuration -> arrival.getObject().signallingStore(),
                                (configuration, builder) -> builder.batchSize(batchSize).initialSegmentCount(segments))
                        .registerListenerInvocationErrorHandler(process,
                                configuration -> PropagatingErrorHandler.instance())
                        .registerDeadLetterQueue(process,
                                configuration -> DeadLetterTable.queue(process, configuration, connections))
                        .registerDeadLetterPolicy(process, configuration -> CommandSideConfiguration::parkUnlessTransient)
                        // The commands a process sends carry the actor and correlation id of its event.
                        .registerHandlerInterceptor(process, configuration -> VisitMetadata.forProcesses());
            }
        };
    }

    /** A failure of the moment fails the batch, which is retried; any other parks the event with a readable cause. */
    private static EnqueueDecision<EventMessage<?>> parkUnlessTransient(DeadLetter<? extends EventMessage<?>> letter,
                                                                        Throwable failure) {
        ParkingCause.requireParkable(failure);
        return Decisions.enqueue(ParkingCause.of(failure));
    }
}
