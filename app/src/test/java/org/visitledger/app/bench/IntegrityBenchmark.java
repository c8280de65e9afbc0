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
import org.visitledger.integrity.ChainVerifier;
import org.visitledger.integrity.StoreResult;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's integrity target (at least 50,000 events/s verified): the whole-store verification of a 10,000-visit
 * store (-Dbench.events, default 277,000 events of copied recorded stories, about 10,000 visits), appended through
 * the application's own storage engine so that every event is hashed as a command's is. Side by side, in alternating
 * rounds: reading the same rows without hashing them, and the verification itself (read, recompute every link,
 * compare), so that the figure says what the hashing adds to reading the store. Then the administrator's verification
 * through the API (with its checkpoint), and the auditor's check of single visits. A benchmark, not a test: it asserts
 * no timing, only that the store verified.
 */
@Tag("benchmark")
@Import(DropBenchmarkDatabase.class)
class IntegrityBenchmark extends RunningApp {

    private static final int ROUNDS = 3;

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
    @Autowired
    private ChainVerifier verifier;
    @Autowired
    private DataSource dataSource;
    @Value("${spring.datasource.url}")
    private String database;

    @Test
    void verifying_a_10_000_visit_store() {
        long atLeast = Long.getLong("bench.events", 277_000);
        System.out.printf("%nintegrity benchmark on %s%n", database.replaceAll("[;?].*", ""));
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        StoryCopies stories = new StoryCopies(serializer);
        long started = System.nanoTime();
        double cpu = Figures.cpuSeconds();
        stories.generate(atLeast, 5_000, batch -> transactions.executeInTransaction(() -> storage.appendEvents(batch)));
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        long visits = jdbc.queryForObject("SELECT COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry",
                Long.class);
        System.out.printf("loaded %,d events of %,d visits, each hashed into its chain, in %.1f s (%.1f CPU-s)%n",
                events, visits, Figures.seconds(started), Figures.cpuSeconds() - cpu);

        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("round  read only, 1 reader       verify, 1 reader          verify, %d readers "
                + "(events/s, CPU-s of this JVM%s)%n", cores, database.contains("postgresql") ? " + PostgreSQL's" : "");
        List<Double> readRates = new ArrayList<>();
        List<Double> oneReaderRates = new ArrayList<>();
        List<Double> verifyRates = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Timed read = time(this::readOnly);
            Timed oneReader = time(() -> verify(events, 1));
            Timed verify = time(() -> verify(events, cores));
            readRates.add(events / read.seconds());
            oneReaderRates.add(events / oneReader.seconds());
            verifyRates.add(events / verify.seconds());
            System.out.printf("%5d  %s   %s   %s%n", round, figures(read, events), figures(oneReader, events),
                    figures(verify, events));
        }
        System.out.printf("median: read only %,.0f events/s; verified with 1 reader %,.0f events/s; verified with %d "
                        + "readers %,.0f events/s (target 50,000)%n", Figures.median(readRates),
                Figures.median(oneReaderRates), cores, Figures.median(verifyRates));

        ApiClient admin = inspector.as("admin");
        long apiStarted = System.nanoTime();
        String location = expect(admin.post("/api/admin/integrity/verify", "{\"checkpoint\": true}"), 202)
                .header("Location");
        JsonNode run = awaitFinished(admin, location);
        double apiSeconds = Figures.seconds(apiStarted);
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("VERIFIED");
        double recordedSeconds = Duration.between(Instant.parse(run.get("requestedAt").asString()),
                Instant.parse(run.get("finishedAt").asString())).toMillis() / 1e3;
        System.out.printf("POST /api/admin/integrity/verify with a checkpoint: %,d events of %,d chains in %.1f s as "
                        + "recorded (%,.0f events/s; %.1f s polling every 0.5 s), checkpoint %d%n",
                run.get("eventsVerified").asLong(), run.get("chainsVerified").asLong(), recordedSeconds,
                events / recordedSeconds, apiSeconds, run.get("checkpointMade").asLong());

        List<String> sample = jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry "
                + "ORDER BY aggregate_identifier FETCH FIRST 200 ROWS ONLY", String.class);
        ApiClient auditor = inspector.as("auditor");
        List<Double> millis = new ArrayList<>();
        for (String visit : sample) {
            long one = System.nanoTime();
            JsonNode checked = expect(auditor.get("/api/visits/" + visit + "/integrity"), 200).json();
            millis.add((System.nanoTime() - one) / 1e6);
            assertThat(checked.get("verified").asBoolean()).isTrue();
        }
        Collections.sort(millis);
        System.out.printf("GET /api/visits/{id}/integrity against a checkpoint of %,d chains, %d visits one after "
                        + "another: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", visits, millis.size(),
                millis.get(millis.size() / 2), millis.get(millis.size() * 95 / 100), millis.get(millis.size() - 1));
    }

    private void verify(long events, int readers) {
        StoreResult result = verifier.verifyStore(progress -> { }, readers);
        assertThat(result.intact()).as("the loaded store verifies").isTrue();
        assertThat(result.events()).isEqualTo(events);
    }

    private static String figures(Timed timed, long events) {
        return String.format("%,8.0f %5.1f%s", events / timed.seconds(), timed.cpu(),
                Double.isNaN(timed.postgres()) ? "" : String.format(" + %4.1f", timed.postgres()));
    }

    /** The rows the verification reads, read the same way, and nothing done with them. */
    private void readOnly() {
        long bytes = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement("SELECT e.global_index, "
                    + "e.aggregate_identifier, e.sequence_number, e.event_identifier, e.type, e.payload_type, "
                    + "e.payload_revision, e.time_stamp, e.meta_data, e.payload, h.event_hash FROM domain_event_entry e "
                    + "LEFT JOIN event_hash h ON h.aggregate_identifier = e.aggregate_identifier "
                    + "AND h.sequence_number = e.sequence_number ORDER BY e.aggregate_identifier, e.sequence_number")) {
                statement.setFetchSize(1_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        bytes += rs.getBytes(10).length + rs.getString(2).length() + rs.getBytes(9).length;
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(bytes).isPositive();
    }

    private JsonNode awaitFinished(ApiClient admin, String location) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (true) {
            JsonNode run = expect(admin.get(location), 200).json();
            if (!run.get("status").asString().equals("RUNNING")) {
                return run;
            }
            assertThat(Instant.now()).as("verification still running").isBefore(giveUp);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private Timed time(Runnable work) {
        OptionalDouble postgresBefore = localPostgresCpu();
        double cpu = Figures.cpuSeconds();
        long started = System.nanoTime();
        work.run();
        double seconds = Figures.seconds(started);
        OptionalDouble postgresAfter = localPostgresCpu();
        double postgres = postgresBefore.isPresent() && postgresAfter.isPresent()
                ? postgresAfter.getAsDouble() - postgresBefore.getAsDouble() : Double.NaN;
        return new Timed(seconds, Figures.cpuSeconds() - cpu, postgres);
    }

    private OptionalDouble localPostgresCpu() {
        boolean local = database.startsWith("jdbc:postgresql://127.0.0.1")
                || database.startsWith("jdbc:postgresql://localhost");
        return local ? LocalPostgresCpu.seconds() : OptionalDouble.empty();
    }

    private record Timed(double seconds, double cpu, double postgres) {
    }
}
