package org.visitledger.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost: the packaged application is killed with SIGKILL while a deadline is pending and restarted
 * on the same H2 files. The visit's history is unchanged, and the deadline that fell due while the
 * application was down is recorded as missed by the persistent deadline manager after the restart; an
 * idempotency key sent before the kill still replays its first answer.
 */
class KillAndRestartIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private JarProcess app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void history_survives_kill_9_and_a_deadline_that_fell_due_while_down_is_recorded_as_missed() throws Exception {
        Path dataDir = Files.createTempDirectory("visit-ledger-kill");
        int port = JarProcess.freePort();
        ApiClient inspector = new ApiClient("http://localhost:" + port, "inspector");

        app = start(dataDir, port, "first");
        String visitId = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json()
                .get("visitId").asString();
        String visit = "/api/visits/" + visitId;
        assertThat(inspector.post(visit + "/annex-a", null).status()).isEqualTo(200);
        Instant dueAt = Instant.now().plusSeconds(20);
        ApiClient withKey = inspector.with("Idempotency-Key", "request-" + visitId);
        Answer requested = withKey.post(visit + "/information-requests", VisitRequests.informationRequest(dueAt));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        JsonNode before = inspector.get(visit + "/history").json();

        // Issue 21: a start on a fresh data directory and its first commands log no warning and no error (the start-up
        // line is INFO).
        assertThat(app.logLines()).as("log of the start and the first commands").noneMatch(line ->
                line.contains(" WARN ") || line.contains(" ERROR "))
                .anyMatch(line -> line.contains("visit-ledger is ready at http://localhost:"));
        app.kill();   // SIGKILL: no shutdown hooks, no flush
        sleepUntil(dueAt.plusSeconds(3));
        app = start(dataDir, port, "second");

        JsonNode after = waitForMissedDeadline(inspector, visit);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("history entry %d unchanged", i).isEqualTo(before.get(i));
        }
        JsonNode missed = after.get(before.size());
        assertThat(missed.get("type").asString()).isEqualTo("DeadlineMissed");
        assertThat(missed.get("payload").get("deadlineId").asString()).isEqualTo("FURTHER_INFORMATION:FI-1");
        assertThat(Instant.parse(missed.get("occurredAt").asString())).isEqualTo(dueAt);
        assertThat(missed.get("actor").asString()).isEqualTo("system:deadline-manager");
        assertThat(Instant.parse(missed.get("recordedAt").asString())).isAfter(dueAt);

        // docs/api.md: idempotency keys survive a restart; the repeat answers as the first time and records nothing.
        Answer repeated = withKey.post(visit + "/information-requests", VisitRequests.informationRequest(dueAt));
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.body()).isEqualTo(requested.body());
        assertThat(repeated.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(inspector.get(visit + "/history").json().size()).isEqualTo(after.size());
    }

    private static JsonNode waitForMissedDeadline(ApiClient client, String visit) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(giveUp)) {
            JsonNode history = client.get(visit + "/history").json();
            // The further-information deadline that fell due while the app was down; announced after 13:00 London,
            // the visit's Annex A is already recorded missed before the kill.
            Optional<JsonNode> missed = history.valueStream()
                    .filter(e -> e.get("type").asString().equals("DeadlineMissed"))
                    .filter(e -> e.get("payload").get("deadlineId").asString().equals("FURTHER_INFORMATION:FI-1"))
                    .findFirst();
            if (missed.isPresent()) {
                return history;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no DeadlineMissed of FURTHER_INFORMATION:FI-1 recorded within 60 s of the restart");
    }

    private static JarProcess start(Path dataDir, int port, String name) throws IOException, InterruptedException {
        return JarProcess.start(name, "visit-ledger.jar", port, dataDir, List.of(),
                List.of("--visit-ledger.data-dir=" + dataDir), START_TIMEOUT).awaitHealthy();
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
