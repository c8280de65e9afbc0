package org.visitledger.app.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.visitledger.app.ApiClient;
import org.visitledger.app.VisitLedgerApplication;
import org.visitledger.app.VisitRequests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's overhead target (hashing and encryption add under 10 % CPU per command): two combined apps in this one
 * JVM, each on an H2 store of its own, one with the hash chain and the encryption of personal data on (the default),
 * the other with both off, driven in alternating rounds (the order swapped every round) by the same lifecycle mix
 * through HTTP: an RSS assurance visit from announcement to publication, then a concern with details (a personal
 * field). Both apps share the JIT and the machine, and the idle one costs the same in every round, so the difference
 * in this JVM's CPU per command between the rounds is what the two cost. The JIT compilers' time (the JVM's total
 * compilation time, which dominates the first minutes) is printed per round and taken out in a second median, so that
 * the figure is the steady state. A benchmark, not a test: it asserts only that every command was accepted.
 */
@Tag("benchmark")
class CommandPathOverheadBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 80);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 8);
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 6);
    private static final Map<String, String> OFF = Map.of("visit-ledger.integrity.hash-chain", "false",
            "visit-ledger.integrity.encrypt-personal-data", "false");

    @Test
    void hashing_and_encryption_on_the_command_path() throws Exception {
        List<Path> dataDirs = new ArrayList<>();
        ConfigurableApplicationContext on = start(Map.of(), dataDirs);
        ConfigurableApplicationContext off = start(OFF, dataDirs);
        try {
            Map<String, ConfigurableApplicationContext> apps = Map.of("on", on, "off", off);
            System.out.printf("%ncommand path overhead: %d clients, %d lifecycles of 10 commands per round%n",
                    CLIENTS, LIFECYCLES);
            for (int warmUp = 0; warmUp < WARM_UP_ROUNDS; warmUp++) {
                drive(on, LIFECYCLES);
                drive(off, LIFECYCLES);
            }
            Map<String, List<Double>> cpuPerCommand = new HashMap<>(Map.of("on", new ArrayList<>(), "off",
                    new ArrayList<>()));
            Map<String, List<Double>> withoutJit = new HashMap<>(Map.of("on", new ArrayList<>(), "off",
                    new ArrayList<>()));
            System.out.println("round  hash chain and encryption  commands  commands/s  CPU per command  of which JIT"
                    + "  without JIT  (GC ms)");
            for (int round = 1; round <= ROUNDS; round++) {
                for (String mode : round % 2 == 1 ? List.of("on", "off") : List.of("off", "on")) {
                    Round measured = measure(apps.get(mode));
                    double jit = (double) measured.jitMillis() / measured.commands();
                    cpuPerCommand.get(mode).add(measured.cpuMillisPerCommand());
                    withoutJit.get(mode).add(measured.cpuMillisPerCommand() - jit);
                    System.out.printf("%5d  %-25s  %8d  %10.1f  %12.2f ms  %9.2f ms  %8.2f ms  (%d)%n", round, mode,
                            measured.commands(), measured.commands() / measured.seconds(),
                            measured.cpuMillisPerCommand(), jit, measured.cpuMillisPerCommand() - jit,
                            measured.gcMillis());
                }
            }
            double onMedian = Figures.median(cpuPerCommand.get("on"));
            double offMedian = Figures.median(cpuPerCommand.get("off"));
            System.out.printf("median CPU per command: on %.2f ms, off %.2f ms: %+.1f %% (target under +10 %%)%n",
                    onMedian, offMedian, (onMedian - offMedian) * 100 / offMedian);
            double onSteady = Figures.median(withoutJit.get("on"));
            double offSteady = Figures.median(withoutJit.get("off"));
            System.out.printf("median CPU per command without the JIT compilers' time: on %.2f ms, off %.2f ms: "
                    + "%+.1f %%%n", onSteady, offSteady, (onSteady - offSteady) * 100 / offSteady);
        } finally {
            on.close();
            off.close();
            for (Path dataDir : dataDirs) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> settings, List<Path> dataDirs)
            throws IOException {
        Path dataDir = Files.createTempDirectory("visit-ledger-bench-overhead");
        dataDirs.add(dataDir);
        Map<String, String> properties = new HashMap<>(Map.of("server.port", "0",
                "visit-ledger.data-dir", dataDir.toString(),
                "visit-ledger.limits.commands-per-minute", "1000000", "visit-ledger.limits.command-burst", "1000000",
                "visit-ledger.limits.reads-per-minute", "1000000", "visit-ledger.limits.read-burst", "1000000"));
        properties.putAll(settings);
        // As arguments: they must win over application.yml's, which default properties do not.
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(VisitLedgerApplication.class).run(arguments);
    }

    private static Round measure(ConfigurableApplicationContext app) throws Exception {
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gc = gcMillis();
        double cpu = Figures.cpuSeconds();
        long started = System.nanoTime();
        long commands = drive(app, LIFECYCLES);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Round(commands, seconds, (Figures.cpuSeconds() - cpu) * 1e3 / commands,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit, gcMillis() - gc);
    }

    /** {@code lifecycles} visits driven by {@value #CLIENTS} clients at once; answers the commands sent. */
    private static long drive(ConfigurableApplicationContext app, int lifecycles) throws Exception {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        AtomicInteger next = new AtomicInteger();
        AtomicLong commands = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    ApiClient inspector = new ApiClient(base, "inspector");
                    while (next.getAndIncrement() < lifecycles) {
                        commands.addAndGet(lifecycle(inspector));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return commands.get();
    }

    /** One visit's commands, each of which must be accepted; answers how many. */
    private static int lifecycle(ApiClient inspector) {
        ApiClient.Answer announced = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        assertThat(announced.status()).as(announced.toString()).isEqualTo(201);
        String visit = "/api/visits/" + announced.json().get("visitId").asString();
        List<String[]> steps = List.of(new String[]{"/annex-a", "{}"}, new String[]{"/arrival", "{}"},
                new String[]{"/feedback", "{\"seriousOrWidespreadConcerns\": false, \"summary\": \"Safe and well\"}"},
                new String[]{"/report/qa-submission", "{}"}, new String[]{"/report/draft", "{}"},
                new String[]{"/report/provider-comments", "{\"comments\": \"None.\"}"},
                new String[]{"/report/final", "{\"requirements\": [], \"recommendations\": [\"Review admissions\"], "
                        + "\"childFriendlySummaryIncluded\": true}"},
                new String[]{"/report/publication", "{\"url\": \"https://reports.example/bench\"}"},
                new String[]{"/concerns", "{\"category\": \"WIDESPREAD\", \"summary\": \"Care plans out of date\", "
                        + "\"details\": \"A child told an inspector that their keyworker changes every week\"}"});
        for (String[] step : steps) {
            ApiClient.Answer answer = inspector.post(visit + step[0], step[1]);
            assertThat(answer.status()).as(step[0] + " " + answer).isBetween(200, 201);
        }
        return steps.size() + 1;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private record Round(long commands, double seconds, double cpuMillisPerCommand, long jitMillis, long gcMillis) {
    }
}
