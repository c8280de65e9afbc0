package org.visitledger.query.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.visitledger.query.readmodel.ReadModelTables;

/** The metric {@code visit_ledger.read_model.dead_letters}: events parked, per read model (tag {@code read_model}). */
@Component
public class DeadLetterGauges implements MeterBinder {

    public static final String METRIC = "visit_ledger.read_model.dead_letters";

    private final DeadLetters deadLetters;
    private final ReadModelTables tables;

    public DeadLetterGauges(DeadLetters deadLetters, ReadModelTables tables) {
        this.deadLetters = deadLetters;
        this.tables = tables;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String readModel : tables.readModels()) {
            Gauge.builder(METRIC, deadLetters, letters -> letters.counts().getOrDefault(readModel, 0L))
                    .tag("read_model", readModel)
                    .description("Events the read model could not apply, parked in its dead-letter queue")
                    .register(registry);
        }
    }
}
