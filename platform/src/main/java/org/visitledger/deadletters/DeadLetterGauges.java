package org.visitledger.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The metric {@code visit_ledger.dead_letters}: events parked, per processor (tag {@code processor}). */
@Component
public class DeadLetterGauges implements MeterBinder {

    public static final String METRIC = "visit_ledger.dead_letters";

    private final DeadLetters deadLetters;

    public DeadLetterGauges(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : deadLetters.processors()) {
            Gauge.builder(METRIC, deadLetters, letters -> letters.counts().getOrDefault(processor, 0L))
                    .tag("processor", processor)
                    .description("Events the processor could not handle, parked in its dead-letter queue")
                    .register(registry);
        }
    }
}
