package org.visitledger.app.bench;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Removes the benchmark's H2 database when its application context closes: a million events take gigabytes. It stops
 * last of all lifecycle beans (lowest phase), once the processors and the web server no longer use the database, and
 * removes only what the test harness made for this context: its data directory under the temporary directory. (On
 * PostgreSQL the context's schema is dropped by PostgresTestContexts when the context closes.)
 */
class DropBenchmarkDatabase implements SmartLifecycle {

    private final Environment environment;
    private volatile boolean running;

    DropBenchmarkDatabase(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        Path dataDir = Path.of(environment.getRequiredProperty("visit-ledger.data-dir")).toAbsolutePath();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (dataDir.startsWith(tmp) && dataDir.getFileName().toString().startsWith("visit-ledger-test")) {
            try {
                // H2 still has the files open; on Linux they go once it closes them.
                FileSystemUtils.deleteRecursively(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
