package org.visitledger.app.bench;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Removes the benchmark's database when its application context closes: a million events take gigabytes. It stops
 * last of all lifecycle beans (lowest phase), once the processors and the web server no longer use the database, and
 * removes only what the test harness made for this context: its PostgreSQL schema ({@code vl_…}) or its H2 data
 * directory under the temporary directory.
 */
class DropBenchmarkDatabase implements SmartLifecycle {

    private final JdbcTemplate jdbc;
    private final Environment environment;
    private volatile boolean running;

    DropBenchmarkDatabase(JdbcTemplate jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        String schema = environment.getProperty("spring.flyway.schemas");
        if (schema != null && schema.matches("vl_[a-z0-9_]+")) {
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
            return;
        }
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
