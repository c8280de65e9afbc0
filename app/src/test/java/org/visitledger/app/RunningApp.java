package org.visitledger.app;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP tests: the real application on a random port over a fresh H2 file database, or, in the build's
 * PostgreSQL run, over a fresh schema of the PostgreSQL test server ({@link OnTestDatabase}).
 * Test classes share one application context (and database); every test works on visits of its own.
 * The rate limits are lifted in it: the tests send the demo users' commands and reads far faster than people do (the
 * no-5xx battery alone sends over a thousand commands as the inspector), and many refused logins on purpose, all from
 * one address. CommandRateLimitTest and AccessRateLimitTest test the limits in contexts of their own.
 */
@SpringBootTest(classes = VisitLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"visit-ledger.limits.commands-per-minute=1000000", "visit-ledger.limits.command-burst=1000000",
                "visit-ledger.limits.reads-per-minute=1000000", "visit-ledger.limits.read-burst=1000000",
                "visit-ledger.limits.address-reads-per-minute=1000000",
                "visit-ledger.limits.address-read-burst=1000000",
                "visit-ledger.limits.failed-logins-per-user=1000000",
                "visit-ledger.limits.failed-logins-per-address=1000000",
                // Spring Boot's tests turn metrics export off; the application's /actuator/prometheus is tested.
                "management.defaults.metrics.export.enabled=true"})
@OnTestDatabase
public abstract class RunningApp {

    @LocalServerPort
    private int port;

    protected ApiClient inspector;
    protected ApiClient anonymous;

    /**
     * Called once for each application context the tests start (a test class with other properties gets another): each
     * gets H2 files of its own (or a PostgreSQL schema of its own), since two applications on one event store would
     * both run its processors and deadlines.
     */
    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        Path dataDir = newDataDir();
        registry.add("visit-ledger.data-dir", dataDir::toString);
    }

    @BeforeEach
    void clients() {
        inspector = new ApiClient("http://localhost:" + port, "inspector");
        anonymous = new ApiClient("http://localhost:" + port, null);
    }

    /**
     * Read models lag writes slightly: polls {@code path} until the answer satisfies {@code caughtUp} (20 s at most).
     * A 404 counts as not caught up yet: a visit's summary exists only once its announcement has been projected.
     */
    protected static JsonNode awaitRead(ApiClient client, String path, Predicate<JsonNode> caughtUp) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            ApiClient.Answer answer = client.get(path);
            if (answer.status() != 404) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                if (caughtUp.test(answer.json())) {
                    return answer.json();
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("read model never caught up: " + answer);
            }
            pause();
        }
    }

    protected static ApiClient.Answer expect(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }

    /** The named rule a 409 answer gives as its reason. */
    protected static String refusal(ApiClient.Answer answer) {
        return expect(answer, 409).json().get("reason").asString();
    }

    /** The payload of the first event of this type in a history answer. */
    protected static JsonNode firstPayload(JsonNode history, String type) {
        return history.valueStream().filter(e -> e.get("type").asString().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + history)).get("payload");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("visit-ledger-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
