package org.visitledger.app;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A packaged jar run as a process of its own, as an operator runs it: the app (KillAndRestartIT) or one side of
 * the split deployment (SplitDeploymentIT). Its output goes to {@code <logDir>/<name>.log}.
 */
public final class JarProcess {

    public final String name;
    public final int port;
    private final Process process;
    private final File log;
    private final Duration startTimeout;

    private JarProcess(String name, int port, Process process, File log, Duration startTimeout) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startTimeout = startTimeout;
    }

    /**
     * Starts {@code java jvmOptions... -jar <the jar named by system property jarProperty> --server.port=port
     * arguments...}; call {@link #awaitHealthy()} before using it.
     */
    public static JarProcess start(String name, String jarProperty, int port, Path logDir, List<String> jvmOptions,
                                   List<String> arguments, Duration startTimeout) throws IOException {
        String jar = System.getProperty(jarProperty);
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("no jar at " + jarProperty + "=" + jar + " (run through ./mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar, "--server.port=" + port));
        command.addAll(arguments);
        File log = logDir.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        return new JarProcess(name, port, process, log, startTimeout);
    }

    /** Returns once /actuator/health answers 200; fails if the process exits or takes longer than its timeout. */
    public JarProcess awaitHealthy() throws InterruptedException {
        ApiClient health = new ApiClient(baseUrl(), null);
        Instant giveUp = Instant.now().plus(startTimeout);
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
        process.destroyForcibly();
        throw new AssertionError(name + " did not start within " + startTimeout + "; see " + log);
    }

    /** The lines the process has logged so far. */
    public List<String> logLines() throws IOException {
        return Files.readAllLines(log.toPath());
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Axon's node id for this process, as the token table names a claim's owner. */
    public String ownerPrefix() {
        return process.pid() + "@";
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();   // SIGKILL: no shutdown hooks, no flush, claims left behind
    }

    public void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();                  // SIGTERM: graceful shutdown releases the claims
            process.waitFor();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
