package org.visitledger.app.split;

import org.visitledger.app.ApiClient;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One side's packaged jar run as its own process on a PostgreSQL schema, as the split deployment runs it. */
final class SideProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    final String name;
    final int port;
    private final Process process;
    private final File log;

    private SideProcess(String name, int port, Process process, File log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the jar; call {@link #awaitHealthy()} before using it. */
    static SideProcess start(String name, String jarProperty, SplitDatabase database, Path logDir,
                             List<String> extraArguments) throws IOException {
        String jar = System.getProperty(jarProperty);
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("no jar at " + jarProperty + "=" + jar + " (run through ./mvnw verify)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar", jar,
                "--spring.profiles.active=postgres,embedded", "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(), "--spring.flyway.schemas=" + database.schema(),
                "--spring.datasource.hikari.maximum-pool-size=8"));
        command.addAll(extraArguments);
        File log = logDir.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        return new SideProcess(name, port, process, log);
    }

    SideProcess awaitHealthy() throws InterruptedException {
        ApiClient health = new ApiClient(baseUrl(), null);
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited; see " + log);
            }
            try {
                if (health.get("/actuator/health").status() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not start within " + START_TIMEOUT + "; see " + log);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Axon's node id for this process, as the token table names a claim's owner. */
    String ownerPrefix() {
        return process.pid() + "@";
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();   // SIGKILL: no shutdown hooks, claims left behind
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();                  // SIGTERM: graceful shutdown releases the claims
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
