package org.visitledger.app.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.command.visit.*;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Issue 3's read targets, measured: loads N visits (default 10,000; -Dbench.visits) through the command
 * gateway from concurrent senders (-Dbench.senders, default 8), waits until every read model has caught up, then times the dashboard, summary, timeliness and
 * one visit's history over HTTP and prints p50/p95/max. A benchmark, not a test: it asserts no timing.
 */
@Tag("benchmark")
class ReadModelBenchmark extends RunningApp {

    private static final String[] REGIONS = {"North West", "North East", "London", "South East", "South West",
            "East Midlands", "West Midlands", "Yorkshire"};

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void read_models_at_scale() throws Exception {
        int visits = Integer.getInteger("bench.visits", 10_000);
        int senders = Integer.getInteger("bench.senders", 8);
        long started = System.nanoTime();
        List<String> published = load(visits, senders);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        System.out.printf("%nloaded %,d visits, %,d events in %.1f s (%.0f events/s, %d concurrent senders)%n",
                visits, events, loadSeconds, events / loadSeconds, senders);
        long caughtUp = System.nanoTime();
        awaitReadModels(events);
        System.out.printf("read models caught up %.1f s after the load ended%n", (System.nanoTime() - caughtUp) / 1e9);

        ApiClient analyst = inspector.as("analyst");
        ApiClient auditor = inspector.as("auditor");
        time("GET /api/deadlines (first page)", () -> analyst.get("/api/deadlines"));
        time("GET /api/deadlines?status=OVERDUE&region=London", () -> analyst.get("/api/deadlines?status=OVERDUE&region=London"));
        time("GET /api/deadlines/summary", () -> analyst.get("/api/deadlines/summary"));
        time("GET /api/analytics/timeliness", () -> analyst.get("/api/analytics/timeliness"));
        time("GET /api/analytics/timeliness?groupBy=month", () -> analyst.get("/api/analytics/timeliness?groupBy=month"));
        // A published visit has the longest history of the data set.
        String visit = published.get(0);
        time("GET /api/visits/{id}/history", () -> auditor.get("/api/visits/" + visit + "/history"));
        time("GET /api/visits/{id}/state?version=10", () -> auditor.get("/api/visits/" + visit + "/state?version=10"));
    }

    /**
     * Sends the visits' lifecycles from {@code senders} threads, each visit's commands in order on one thread, as
     * concurrent users would; one sender alone is held back by the event store's commit per command.
     * Returns the ids of the visits that reached publication.
     */
    private List<String> load(int visits, int senders) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Optional<String>>> sent = new ArrayList<>();
            for (int i = 0; i < visits; i++) {
                int n = i;
                sent.add(pool.submit(() -> lifecycle(new Random(42L + n), n)));
            }
            List<String> published = new ArrayList<>();
            for (Future<Optional<String>> visit : sent) {
                visit.get().ifPresent(published::add);
            }
            return published;
        } finally {
            pool.shutdown();
        }
    }

    /** One visit of 2025, taken as far as a random stage of its lifecycle; its id if it reached publication. */
    private Optional<String> lifecycle(Random random, int n) {
        String id = UUID.randomUUID().toString();
        VisitType type = random.nextBoolean() ? VisitType.RSS_ASSURANCE : VisitType.SCH_ASSURANCE;
        Instant day = Instant.parse("2025-01-06T09:00:00Z").plus(random.nextInt(300), ChronoUnit.DAYS);
        commands.sendAndWait(new AnnounceVisit(id, type, new Provider("SC" + (100000 + n), "Provider " + n, "Authority",
                REGIONS[random.nextInt(REGIONS.length)]), "Inspector " + random.nextInt(40), List.of(), List.of(),
                null, null, day));
        int stages = random.nextInt(8);
        Instant at = day.plus(2, ChronoUnit.HOURS);
        if (stages > 0) commands.sendAndWait(new RecordAnnexAReturned(id, null, at));
        if (stages > 1) commands.sendAndWait(new GiveVerbalFeedback(id, null, false, "Summary", at = at.plus(1, ChronoUnit.DAYS)));
        if (stages > 2) commands.sendAndWait(new SubmitReportForQa(id, null, at = at.plus(random.nextInt(3), ChronoUnit.DAYS)));
        if (stages > 3) commands.sendAndWait(new SendDraftReport(id, null, at = at.plus(10 + random.nextInt(20), ChronoUnit.DAYS)));
        if (stages > 4) commands.sendAndWait(new RecordProviderComments(id, null, "Comments", at = at.plus(3, ChronoUnit.DAYS)));
        if (stages > 5) commands.sendAndWait(new SendFinalReport(id, null, List.of("R1"), List.of("C1"), true, false,
                at = at.plus(5 + random.nextInt(20), ChronoUnit.DAYS)));
        if (stages > 6) commands.sendAndWait(new PublishReport(id, null, "https://reports.example/" + id,
                at.plus(random.nextInt(15), ChronoUnit.DAYS)));
        return stages > 6 ? Optional.of(id) : Optional.empty();
    }

    private void awaitReadModels(long events) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(20));
        while (Instant.now().isBefore(giveUp)) {
            Long behind = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT processing_group, SUM(events_seen) AS seen "
                    + "FROM read_model_version GROUP BY processing_group) g WHERE seen < ?", Long.class, events);
            Long groups = jdbc.queryForObject("SELECT COUNT(DISTINCT processing_group) FROM read_model_version", Long.class);
            if (behind == 0 && groups == 3) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("read models did not catch up within 20 minutes");
    }

    private static void time(String what, Supplier<Answer> request) {
        for (int i = 0; i < 5; i++) {
            request.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            Answer answer = request.get();
            millis.add((System.nanoTime() - t) / 1e6);
            if (answer.status() != 200) {
                throw new AssertionError(what + " answered " + answer);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-50s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", what, millis.get(15), millis.get(28),
                millis.get(29));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
