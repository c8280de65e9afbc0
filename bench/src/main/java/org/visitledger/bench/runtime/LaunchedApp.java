package org.visitledger.bench.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One of the compared apps started as its own JVM on a fresh data directory, as the README's run command starts it,
 * with the rate limits raised so that the measurement's requests are never refused.
 */
final class LaunchedApp implements AutoCloseable {

    static final List<String> NO_LIMITS = List.of("--visit-ledger.limits.commands-per-minute=6000000",
            "--visit-ledger.limits.command-burst=100000", "--visit-ledger.limits.reads-per-minute=6000000",
            "--visit-ledger.limits.read-burst=100000", "--visit-ledger.limits.address-reads-per-minute=6000000",
            "--visit-ledger.limits.address-read-burst=100000");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final ComparedApp app;
    final String baseUrl;
    final Process process;
    final ProcessFigures figures;
    final long launchedNanos;

    private LaunchedApp(ComparedApp app, String baseUrl, Process process) {
        this.app = app;
        this.baseUrl = baseUrl;
        this.process = process;
        this.figures = new ProcessFigures(process.pid());
        this.launchedNanos = System.nanoTime();
    }

    static LaunchedApp launch(ComparedApp app, int port, Path workDir) throws IOException {
        Path dataDir = Files.createTempDirectory(workDir, app.name() + "-data-");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(app.jvmOptions());
        command.add("-jar");
        command.add(app.jar().toString());
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.add("--visit-ledger.data-dir=" + dataDir);
        command.addAll(NO_LIMITS);
        Path log = workDir.resolve(app.name() + "-" + port + "-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new LaunchedApp(app, "http://127.0.0.1:" + port, process);
    }

    /** Polls the health endpoint every 20 ms; the seconds from launch to its first 200. */
    double awaitHealthy(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app.name() + " ended during start-up, exit " + process.exitValue());
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launchedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(app.name() + " not healthy within " + atMost);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
