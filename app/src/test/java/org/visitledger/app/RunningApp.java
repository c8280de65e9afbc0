package org.visitledger.app;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of the HTTP tests: the real application on a random port over a fresh H2 file database.
 * Test classes share one application context (and database); every test works on visits of its own.
 */
@SpringBootTest(classes = VisitLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningApp {

    private static final Path DATA_DIR = newDataDir();

    @LocalServerPort
    private int port;

    protected ApiClient inspector;
    protected ApiClient anonymous;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("visit-ledger.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void clients() {
        inspector = new ApiClient("http://localhost:" + port, "inspector");
        anonymous = new ApiClient("http://localhost:" + port, null);
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("visit-ledger-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
