package org.visitledger.bench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar visit-ledger-bench.jar runtime --app NAME=JAR …}: compares jars of the app side by side in one
 * run, as issue 24 asks (the machine's absolute figures drift; a ratio taken in the same minutes does not).
 * <ol>
 * <li>Start-up: each app launched alone, in alternating order, on a fresh data directory: seconds from launch to
 * the first 200 of its health check, the JVM's CPU seconds by then, classes loaded, resident memory.</li>
 * <li>Requests: all apps started together and warmed up until their JIT compilers settle; then rounds in
 * alternating order of sequential kept-alive requests (health, a visit's summary, a one-event command, an
 * announcement). CPU per request is the JVM's CPU over the window and a tail for its event processors, with the
 * JIT compilers' threads and the idle rate taken out; the compilers' share is reported apart.</li>
 * <li>Memory and threads after the run.</li>
 * </ol>
 */
public final class RuntimeComparison {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final RuntimeOptions options;
    private final Table table = new Table();

    private RuntimeComparison(RuntimeOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(RuntimeOptions.USAGE);
            System.exit(2);
            return;
        }
        new RuntimeComparison(options).run();
    }

    private void run() throws Exception {
        Path work = Files.createDirectories(options.workDir());
        System.out.println("# Runtime comparison, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, java " + System.getProperty("java.version"));
        for (ComparedApp app : options.apps()) {
            System.out.println("- " + app.name() + ": " + app.jar() + " " + String.join(" ", app.jvmOptions()));
        }
        if (options.startups() > 0) {
            startups(work);
        }
        if (options.rounds() > 0) {
            requests(work);
        }
        System.out.println();
        System.out.print(table.markdown(options.apps()));
    }

    private void startups(Path work) throws Exception {
        Figures wall = new Figures();
        Figures cpu = new Figures();
        Figures classes = new Figures();
        Figures rss = new Figures();
        for (int round = 0; round < options.startups(); round++) {
            for (ComparedApp app : inOrder(round)) {
                try (LaunchedApp launched = LaunchedApp.launch(app, options.basePort(), work)) {
                    double seconds = launched.awaitHealthy(START_TIMEOUT);
                    double cpuSeconds = launched.figures.cpuSeconds();
                    wall.add(app.name(), seconds);
                    cpu.add(app.name(), cpuSeconds);
                    classes.add(app.name(), JvmCounters.of(launched.process.pid()).loadedClasses());
                    rss.add(app.name(), launched.figures.residentMebibytes());
                    System.out.printf("start-up %d %s: %.2f s, %.2f CPU-s%n", round + 1, app.name(), seconds,
                            cpuSeconds);
                }
            }
        }
        table.row("start-up, launch → health 200 (s)", wall, 2);
        table.row("start-up CPU until then (CPU-s)", cpu, 2);
        table.row("classes loaded at start-up", classes, 0);
        table.row("resident memory at start-up (MiB)", rss, 0);
    }

    private void requests(Path work) throws Exception {
        List<LaunchedApp> running = new ArrayList<>();
        try {
            for (int i = 0; i < options.apps().size(); i++) {
                running.add(LaunchedApp.launch(options.apps().get(i), options.basePort() + 1 + i, work));
            }
            for (LaunchedApp app : running) {
                app.awaitHealthy(START_TIMEOUT);
            }
            List<Requests> clients = new ArrayList<>();
            for (LaunchedApp app : running) {
                Requests requests = new Requests(app.baseUrl);
                new WarmUp(options, app, requests).run();
                clients.add(requests);
            }
            double[] idle = idleRates(running);
            Window window = new Window(options);
            for (Requests.Kind kind : Requests.Kind.values()) {
                Figures cpu = new Figures();
                Figures jit = new Figures();
                Figures wall = new Figures();
                for (int round = 0; round < options.rounds(); round++) {
                    for (int i : order(round, running.size())) {
                        Window.Result result = window.measure(running.get(i), clients.get(i), kind, idle[i]);
                        String name = running.get(i).app.name();
                        cpu.add(name, result.cpuMillis());
                        jit.add(name, result.jitMillis());
                        wall.add(name, result.wallMillis());
                        System.out.printf("%s round %d %s: %.3f ms CPU (+%.3f JIT), %.3f ms wall%n", kind, round + 1,
                                name, result.cpuMillis(), result.jitMillis(), result.wallMillis());
                    }
                }
                String what = kind.name().toLowerCase(Locale.ROOT);
                table.row(what + ": CPU per request (ms), JIT apart", cpu, 3);
                table.row(what + ": JIT CPU per request (ms)", jit, 3);
                table.row(what + ": wall per request (ms)", wall, 3);
            }
            after(running, clients, idle);
        } finally {
            for (LaunchedApp app : running) {
                app.close();
            }
        }
    }

    private void after(List<LaunchedApp> running, List<Requests> clients, double[] idle) throws Exception {
        Figures idleRate = new Figures();
        Figures rss = new Figures();
        Figures threads = new Figures();
        Figures classes = new Figures();
        Figures failures = new Figures();
        for (int i = 0; i < running.size(); i++) {
            LaunchedApp app = running.get(i);
            String name = app.app.name();
            idleRate.add(name, idle[i] * 1000);
            rss.add(name, app.figures.residentMebibytes());
            threads.add(name, app.figures.threads());
            classes.add(name, JvmCounters.of(app.process.pid()).loadedClasses());
            failures.add(name, clients.get(i).failures);
            if (clients.get(i).failures > 0) {
                System.out.println(name + " failed requests: " + clients.get(i).failures + ", last: "
                        + clients.get(i).lastFailure);
            }
        }
        table.row("idle CPU, JIT apart (ms per s)", idleRate, 2);
        table.row("resident memory after the run (MiB)", rss, 0);
        table.row("threads after the run", threads, 0);
        table.row("classes loaded after the run", classes, 0);
        table.row("failed requests", failures, 0);
    }

    /** The JVMs' CPU per second while nobody sends anything, the compilers' threads left out. */
    private double[] idleRates(List<LaunchedApp> running) throws InterruptedException {
        double[] before = new double[running.size()];
        for (int i = 0; i < running.size(); i++) {
            before[i] = nonJit(running.get(i));
        }
        long start = System.nanoTime();
        Thread.sleep(options.idleSeconds() * 1000L);
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] rates = new double[running.size()];
        for (int i = 0; i < running.size(); i++) {
            rates[i] = (nonJit(running.get(i)) - before[i]) / seconds;
        }
        return rates;
    }

    static double nonJit(LaunchedApp app) {
        return app.figures.cpuSeconds() - app.figures.jitCpuSeconds();
    }

    private List<ComparedApp> inOrder(int round) {
        List<ComparedApp> apps = new ArrayList<>();
        for (int i : order(round, options.apps().size())) {
            apps.add(options.apps().get(i));
        }
        return apps;
    }

    /** Round 1 in the given order, round 2 reversed, and so on, so that no app always goes first. */
    static int[] order(int round, int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = round % 2 == 0 ? i : size - 1 - i;
        }
        return order;
    }
}
