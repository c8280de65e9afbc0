package org.visitledger.query.admin;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Health {@code readModels}, in the readiness group (issue 21): DOWN while a read model's processor here is failing,
 * or stands more than {@value #FAR_BEHIND} events behind the head of the store, so that a load balancer sends reads
 * elsewhere. A read model being replayed does not count: its readers are served the snapshot meanwhile. Dead letters
 * do not either: the other visits flow on, and an administrator sees them.
 */
@Component
public class ReadModelsHealthIndicator implements HealthIndicator {

    static final long FAR_BEHIND = 10_000;

    private final ProjectionMonitor monitor;
    private final ProjectionReplayer replayer;

    public ReadModelsHealthIndicator(ProjectionMonitor monitor, ProjectionReplayer replayer) {
        this.monitor = monitor;
        this.replayer = replayer;
    }

    @Override
    public Health health() {
        Map<String, Long> lags = new TreeMap<>(monitor.lags());
        Set<String> failing = monitor.failing();
        boolean ready = lags.entrySet().stream().allMatch(lag -> replayer.isReplaying(lag.getKey())
                || lag.getValue() <= FAR_BEHIND && !failing.contains(lag.getKey()));
        return (ready ? Health.up() : Health.down()).withDetail("lag", lags).withDetail("failing", failing).build();
    }
}
