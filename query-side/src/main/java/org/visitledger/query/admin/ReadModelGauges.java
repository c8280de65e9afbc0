package org.visitledger.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.visitledger.query.readmodel.ReadModelTables;

/**
 * Gauge {@value #LAG}{read_model}: how many events each read model's processor on this query side stands behind the
 * head of the event store (issue 21, for operators' alerts). Its dead letters are {@code visit_ledger.dead_letters}.
 */
@Component
public class ReadModelGauges implements MeterBinder {

    static final String LAG = "visit_ledger.read_model.lag";

    private final ProjectionMonitor monitor;
    private final ReadModelTables tables;

    public ReadModelGauges(ProjectionMonitor monitor, ReadModelTables tables) {
        this.monitor = monitor;
        this.tables = tables;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String readModel : tables.readModels()) {
            Gauge.builder(LAG, monitor, m -> m.lags().getOrDefault(readModel, 0L))
                    .tag("read_model", readModel)
                    .description("Events the read model's processor stands behind the head of the event store")
                    .baseUnit("events")
                    .register(registry);
        }
    }
}
