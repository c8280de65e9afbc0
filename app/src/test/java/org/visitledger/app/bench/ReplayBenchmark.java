package org.visitledger.app.bench;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.app.ApiClient;
import org.visitledger.app.RunningApp;
import tools.jackson.databind.JsonNode;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's replay target (≥ 20,000 events/s): how fast every read model is rebuilt from a large event store.
 * The store is filled with copies of the recorded visit stories ({@link StoryCopies}, -Dbench.events, default
 * 1,000,000), appended through Axon's own storage engine in transactions of -Dbench.load-batch events (default 5,000)
 * so the stored form is exactly what a command writes; every event processor is shut down first, so that the load
 * is not also a projection run and the processes (sagas) never see a loaded event and send no command. Then the
 * three read models are replayed as an operator does it (POST /api/admin/projections/{name}/replay) and timed
 * until the replayer reports each caught up (no lag, no stored event unseen); finally the read models' rows are
 * checked against what the streams imply ({@link ReadModelCheck}). A benchmark, not a test: it asserts no timing.
 */
@Tag("benchmark")
@Import(DropBenchmarkDatabase.class)
class ReplayBenchmark extends RunningApp {

    private static final List<String> READ_MODELS = List.of("visit-summary", "notification-log", "deadline-dashboard");
    private static final List<String> PROCESSES = List.of("monitoring-visit-process", "conversion-process");

    @Autowired
    private EventStorageEngine storage;
    @Autowired
    private TransactionManager transactions;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer serializer;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    private String database;
    @Value("${visit-ledger.read-models.batch-size:500}")
    private int readModelBatchSize;

    @Test
    void rebuilding_every_read_model() {
        long atLeast = Long.getLong("bench.events", 1_000_000);
        int loadBatch = Integer.getInteger("bench.load-batch", 5_000);
        System.out.printf("%nreplay benchmark on %s%n", database.replaceAll("[;?].*", ""));
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        System.out.println("event processors shut down for the load: " + processing.eventProcessors().keySet());

        StoryCopies stories = new StoryCopies(serializer);
        long started = System.nanoTime();
        double cpu = Figures.cpuSeconds();
        stories.generate(atLeast, loadBatch, batch -> transactions.executeInTransaction(() -> storage.appendEvents(batch)));
        double loadSeconds = Figures.seconds(started);
        double loadCpu = Figures.cpuSeconds() - cpu;
        long events = storedEvents();
        assertThat(events).as("events in the store").isEqualTo(stories.events());
        System.out.printf("loaded %,d events (%,d visits: %s) in %.1f s (%,.0f events/s, transactions of %,d events; "
                        + "%.1f CPU-s)%n", events, stories.copies().values().stream().mapToInt(Integer::intValue).sum(),
                stories.copies(), loadSeconds, events / loadSeconds, loadBatch, loadCpu);

        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        cpu = Figures.cpuSeconds();
        OptionalDouble postgresBefore = localPostgresCpu();
        Map<String, Double> replaySeconds = replayAll(events);
        double replayCpu = Figures.cpuSeconds() - cpu;
        OptionalDouble postgresAfter = localPostgresCpu();
        System.out.printf("read models apply %d events per transaction; segments: %s%n", readModelBatchSize,
                jdbc.queryForList("SELECT processor_name, COUNT(*) AS segments FROM token_entry GROUP BY processor_name"));
        replaySeconds.forEach((readModel, seconds) -> System.out.printf("  %-20s %,d events in %6.1f s = %,8.0f events/s%n",
                readModel, events, seconds, events / seconds));
        double all = replaySeconds.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        System.out.printf("all read models rebuilt: %,d events in %.1f s = %,.0f events/s (load %.1f s)%n",
                events, all, events / all, loadSeconds);
        // The machine may be shared: the JVM's CPU time tells how much of the wall time it could actually work.
        System.out.printf("replay used %.1f CPU-s of this JVM (%,.0f events per CPU-s; %d cores, load average %.1f "
                        + "before the replay, %.1f after)%n", replayCpu, events / replayCpu,
                Runtime.getRuntime().availableProcessors(), load,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (postgresBefore.isPresent() && postgresAfter.isPresent()) {
            double postgresCpu = postgresAfter.getAsDouble() - postgresBefore.getAsDouble();
            System.out.printf("PostgreSQL's server processes on this machine used %.1f CPU-s meanwhile "
                    + "(%.0f µs per event)%n", postgresCpu, postgresCpu * 1e6 / events);
        }

        List<String> problems = new ReadModelCheck(jdbc, stories).run();
        assertThat(problems).as("read models after the replay").isEmpty();
        // The processes stayed down: no command was sent, so the store holds the loaded events and nothing more.
        PROCESSES.forEach(p -> assertThat(processing.eventProcessor(p).map(EventProcessor::isRunning)).hasValue(false));
        assertThat(storedEvents()).as("events in the store after the replay").isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saga_entry", Long.class)).isZero();
    }

    /**
     * Starts the replay of every read model as an operator does and polls the admin API until each is reported
     * caught up ("replaying": false, which the replayer sets once lag and eventsNotSeen are 0, checked every 0.5 s).
     * Returns the seconds from the first request to each read model's end.
     */
    private Map<String, Double> replayAll(long events) {
        ApiClient admin = inspector.as("admin");
        Duration timeout = Duration.ofMinutes(Long.getLong("bench.replay-timeout-minutes", 60));
        long started = System.nanoTime();
        for (String readModel : READ_MODELS) {
            expect(admin.post("/api/admin/projections/" + readModel + "/replay", null), 202);
        }
        Map<String, Double> finished = new LinkedHashMap<>();
        double reported = 0;
        while (finished.size() < READ_MODELS.size()) {
            JsonNode statuses = expect(admin.get("/api/admin/projections"), 200).json();
            double now = Figures.seconds(started);
            for (JsonNode status : statuses) {
                String name = status.get("name").asString();
                if (status.get("error").asBoolean()) {
                    throw new AssertionError("read model " + name + " failed during the replay: " + status);
                }
                if (!status.get("replaying").asBoolean() && !finished.containsKey(name)) {
                    finished.put(name, now);
                }
            }
            if (now - reported >= 10) {
                reported = now;
                System.out.printf("  %5.0f s: %s%n", now, progress(statuses, events));
            }
            if (now > timeout.toSeconds()) {
                throw new AssertionError("read models not rebuilt within " + timeout + ": " + statuses);
            }
            pause();
        }
        return finished;
    }

    private static String progress(JsonNode statuses, long events) {
        StringBuilder line = new StringBuilder();
        for (JsonNode status : statuses) {
            line.append(String.format("%s %,d/%,d  ", status.get("name").asString(),
                    events - status.get("eventsNotSeen").asLong(), events));
        }
        return line.toString();
    }

    /** The local PostgreSQL server's CPU seconds, when the benchmark runs on one (empty on H2 or a remote server). */
    private OptionalDouble localPostgresCpu() {
        boolean local = database.startsWith("jdbc:postgresql://127.0.0.1")
                || database.startsWith("jdbc:postgresql://localhost");
        return local ? LocalPostgresCpu.seconds() : OptionalDouble.empty();
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    /**
     * Every 2 s: each status request counts the whole event store (on H2 a scan of every row; at 150,000 events the
     * benchmark's polling once a second was 7 % of the replay's CPU). The seconds reported are thus up to 2 s late.
     */
    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
