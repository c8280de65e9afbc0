package org.visitledger.app.split;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.JarProcess;
import org.visitledger.app.VisitRequests;
import org.visitledger.testing.PostgresTestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The split deployment as separate processes on PostgreSQL: two command-side and two query-side jars on one
 * schema. Conflicting commands sent to both command sides at once, idempotency keys across them, the query sides
 * sharing the segments, and a query side killed with SIGKILL under load ({@link KillUnderLoad}). Runs when
 * VISIT_LEDGER_PG_URL names a PostgreSQL database (.ci/run sets it); skipped otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SplitDeploymentIT {

    static final List<String> READ_MODELS = List.of("visit-summary", "deadline-dashboard", "notification-log",
            "grade-profile");
    private static final List<String> NO_LIMITS = List.of("--visit-ledger.limits.commands-per-minute=1000000",
            "--visit-ledger.limits.command-burst=1000000", "--visit-ledger.limits.reads-per-minute=1000000",
            "--visit-ledger.limits.read-burst=1000000", "--visit-ledger.limits.address-reads-per-minute=1000000",
            "--visit-ledger.limits.address-read-burst=1000000");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private SplitDatabase database;
    private Path logs;
    private JarProcess commandA;
    private JarProcess commandB;
    private JarProcess query1;
    private JarProcess query2;
    private final List<JarProcess> started = new ArrayList<>();

    @BeforeAll
    void startTwoOfEachSide() throws Exception {
        PostgresTestServer server = PostgresTestServer.fromEnvironment().orElse(null);
        Assumptions.assumeTrue(server != null, PostgresTestServer.URL_VARIABLE
                + " is not set: the split-deployment test (2 command-side + 2 query-side processes on PostgreSQL) "
                + "is skipped");
        database = SplitDatabase.fresh(server);
        logs = Files.createTempDirectory("visit-ledger-split");
        // The first command side migrates the event store; the others start together (segments, migrations race).
        commandA = track(start("command-a", "command-side.jar")).awaitHealthy();
        commandB = track(start("command-b", "command-side.jar"));
        query1 = track(start("query-1", "query-side.jar"));
        query2 = track(start("query-2", "query-side.jar"));
        for (JarProcess side : List.of(commandB, query1, query2)) {
            side.awaitHealthy();
        }
    }

    @AfterAll
    void stopAndDrop() throws Exception {
        for (JarProcess side : started) {
            side.stop();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    @Order(1)
    void the_same_command_sent_to_both_command_sides_at_once_succeeds_once_and_the_other_gets_409_or_412()
            throws Exception {
        ApiClient a = inspector(commandA);
        ApiClient b = inspector(commandB);
        ExecutorService pair = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 20; i++) {
                Answer announced = a.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE",
                        VisitRequests.PAST_MORNING));
                assertThat(announced.status()).as(announced.toString()).isEqualTo(201);
                String visit = "/api/visits/" + announced.json().get("visitId").asString();
                String version = announced.header("ETag");
                String body = VisitRequests.at(VisitRequests.PAST_NOON);
                Future<Answer> viaA = pair.submit(() -> a.with("If-Match", version).post(visit + "/annex-a", body));
                Future<Answer> viaB = pair.submit(() -> b.with("If-Match", version).post(visit + "/annex-a", body));
                List<Integer> statuses = List.of(viaA.get().status(), viaB.get().status());
                assertThat(statuses).as("A: %s / B: %s", viaA.get(), viaB.get()).containsOnlyOnce(200);
                assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409 || s == 412);
                Answer loser = viaA.get().status() == 200 ? viaB.get() : viaA.get();
                assertThat(loser.contentType()).startsWith("application/problem+json");
                long returned = database.count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '"
                        + visit.substring("/api/visits/".length()) + "' AND payload_type LIKE '%AnnexAReturned'");
                assertThat(returned).as("AnnexAReturned events of %s", visit).isEqualTo(1);
            }
        } finally {
            pair.shutdownNow();
        }
    }

    @Test
    @Order(2)
    void an_idempotency_key_sent_to_both_command_sides_at_once_announces_one_visit() throws Exception {
        ExecutorService pair = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 10; i++) {
                String key = "split-" + i + "-" + System.nanoTime();
                String body = VisitRequests.announce("RSS_ASSURANCE").replace("Jo Smith", key);
                Callable<Answer> toA = () -> inspector(commandA).with("Idempotency-Key", key).post("/api/visits", body);
                Callable<Answer> toB = () -> inspector(commandB).with("Idempotency-Key", key).post("/api/visits", body);
                Future<Answer> viaA = pair.submit(toA);
                Future<Answer> viaB = pair.submit(toB);
                List<Answer> answers = List.of(viaA.get(), viaB.get());
                // One runs it; the other replays the first answer, or (still running) is told to retry: 409.
                assertThat(answers).as("%s", answers).anyMatch(answer -> answer.status() == 201);
                assertThat(answers).allMatch(answer -> answer.status() == 201 || answer.status() == 409);
                List<String> visitIds = answers.stream().filter(answer -> answer.status() == 201)
                        .map(answer -> answer.json().get("visitId").asString()).distinct().toList();
                assertThat(visitIds).hasSize(1);
                // '{%': stored as JSON, with the serializer settings of visit-ledger-platform.yml.
                long announced = database.count("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE "
                        + "'%VisitAnnounced' AND convert_from(payload, 'UTF8') LIKE '{%" + key + "%'");
                assertThat(announced).as("visits announced under key %s", key).isEqualTo(1);
            }
        } finally {
            pair.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void the_query_sides_divide_every_read_models_segments_between_them() throws Exception {
        KillUnderLoad.awaitOwners(database, READ_MODELS, List.of(query1, query2));
    }

    @Test
    @Order(4)
    void a_replay_sent_to_one_of_two_query_sides_is_refused_409_and_both_go_on_processing() throws Exception {
        ApiClient admin = new ApiClient(query1.baseUrl(), "admin");
        Answer refused = admin.post("/api/admin/projections/deadline-dashboard/replay", "");
        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("replay-needs-one-instance");
        assertThat(admin.get("/api/admin/projections").json().valueStream()
                .filter(status -> status.get("replaying").asBoolean())).as("read models replaying").isEmpty();
        KillUnderLoad.awaitOwners(database, READ_MODELS, List.of(query1, query2));
    }

    @Test
    @Order(5)
    void a_query_side_killed_under_load_loses_nothing_and_the_read_models_equal_a_rebuild_from_the_event_store()
            throws Exception {
        KillUnderLoad run = new KillUnderLoad(database, List.of(inspector(commandA), inspector(commandB)));
        run.drive(8, 20, () -> query2.kill(), 8);
        assertThat(run.failures()).as("commands that failed under load").isEmpty();
        assertThat(run.acknowledged()).as("acknowledged commands").isGreaterThan(100);

        KillUnderLoad.awaitOwners(database, READ_MODELS, List.of(query1));
        run.awaitCaughtUp(new ApiClient(query1.baseUrl(), "admin"));
        Map<String, Long> lastSequence = run.assertNoAcknowledgedCommandLost();
        run.assertSummariesAtTheStoresVersions(lastSequence);

        Map<String, List<String>> live = run.dumpReadModels();
        query1.stop();
        run.clearReadModels(READ_MODELS);
        JarProcess rebuilt = track(start("query-rebuild", "query-side.jar")).awaitHealthy();
        run.awaitCaughtUp(new ApiClient(rebuilt.baseUrl(), "admin"));
        Map<String, List<String>> fromScratch = run.dumpReadModels();
        for (String table : live.keySet()) {
            assertThat(live.get(table)).as("table %s after the kill vs rebuilt from the event store", table)
                    .hasSizeGreaterThan(0).isEqualTo(fromScratch.get(table));
        }
    }

    private JarProcess start(String name, String jar) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres,embedded",
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(), "--spring.flyway.schemas=" + database.schema(),
                "--spring.datasource.hikari.maximum-pool-size=8"));
        // The test's clients send far more commands and reads than people do, all from one address.
        arguments.addAll(NO_LIMITS);
        return JarProcess.start(name, "visit-ledger." + jar, JarProcess.freePort(), logs, List.of("-Xmx384m"),
                arguments, START_TIMEOUT);
    }

    private JarProcess track(JarProcess side) {
        started.add(side);
        return side;
    }

    private static ApiClient inspector(JarProcess side) {
        return new ApiClient(side.baseUrl(), "inspector");
    }
}
