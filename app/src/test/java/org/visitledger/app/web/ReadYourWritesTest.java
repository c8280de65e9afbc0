package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import org.visitledger.query.readmodel.ReadModelTables;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/** docs/api.md "Reads": X-Min-Version waits for the read model to catch up with the version a command answered. */
class ReadYourWritesTest extends RunningApp {

    @Autowired
    private ReadModelTables tables;

    @Test
    void a_read_with_the_commands_version_sees_the_commands_effect_at_once() {
        Answer created = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        String visitId = created.json().get("visitId").asString();
        Answer arrived = inspector.post("/api/visits/" + visitId + "/arrival", null);
        Answer sent = inspector.post("/api/visits/" + visitId + "/notifications/N-1/sent", null);
        ApiClient reader = inspector.as("analyst").with("X-Min-Version", String.valueOf(sent.json().get("version").asLong()));

        Answer summary = reader.get("/api/visits/" + visitId);
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("status").asString()).isEqualTo("ON_SITE");
        assertThat(summary.json().get("version").asLong()).isGreaterThanOrEqualTo(arrived.json().get("version").asLong());

        Answer notifications = reader.get("/api/notifications?visitId=" + visitId);
        assertThat(notifications.json().get("items").get(0).get("status").asString()).isEqualTo("SENT");

        Answer deadlines = reader.get("/api/deadlines?visitId=" + visitId);
        assertThat(deadlines.json().get("total").asLong()).isEqualTo(1);
    }

    /**
     * During a replay readers are served the snapshot taken when it began, which a later write never reaches: a read
     * with X-Min-Version waits until the rebuilt tables are served again (found running the walkthroughs straight
     * after the README's replay: the dashboard of a visit created meanwhile read empty).
     */
    @Test
    void a_read_with_x_min_version_waits_while_its_read_model_is_served_from_a_replay_snapshot() throws Exception {
        Answer created = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        String visitId = created.json().get("visitId").asString();
        ApiClient reader = inspector.as("analyst").with("X-Min-Version", created.json().get("version").asString());
        awaitRead(inspector, "/api/deadlines?visitId=" + visitId, page -> page.get("total").asLong() == 1);
        List<String> dashboard = tables.tablesOf("deadline-dashboard").orElseThrow();

        tables.serveFromSnapshot(dashboard);
        CompletableFuture<Answer> read;
        try {
            read = CompletableFuture.supplyAsync(() -> reader.get("/api/deadlines?visitId=" + visitId));
            Thread.sleep(1_000);
            assertThat(read).as("the read waits while the snapshot is served").isNotDone();
        } finally {
            tables.serveLive(dashboard);
        }
        Answer answer = read.get(10, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_version_the_visit_never_reaches_answers_503_with_retry_after() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json()
                .get("visitId").asString();

        Answer answer = inspector.with("X-Min-Version", "1000").get("/api/visits/" + visitId);

        assertProblem(answer, 503);
        assertThat(answer.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void x_min_version_needs_a_visit_and_a_number() {
        assertProblem(inspector.with("X-Min-Version", "3").get("/api/deadlines"), 400);
        assertProblem(inspector.with("X-Min-Version", "three").get("/api/visits/x"), 400);
    }

    /**
     * Issue 19, defect 3: a provider timing X-Min-Version learned that another provider's visit existed and its
     * version. A visit the caller may not see now answers as one that does not exist, without waiting.
     */
    @Test
    void another_providers_visit_answers_x_min_version_as_a_visit_that_does_not_exist_and_at_once() {
        String others = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")
                .replace("SC000001", "SC000002")).json().get("visitId").asString();
        ApiClient provider = inspector.as("provider").with("X-Min-Version", "1000");

        for (String read : new String[]{"/api/visits/%s", "/api/deadlines?visitId=%s", "/api/notifications?visitId=%s"}) {
            Answer theirs = timed(() -> provider.get(read.formatted(others)));
            Answer nobodys = timed(() -> provider.get(read.formatted("no-such-visit")));

            assertThat(theirs.status()).as(read).isEqualTo(nobodys.status()).isIn(200, 404);
            assertThat(theirs.contentType()).isEqualTo(nobodys.contentType());
            if (theirs.status() == 200) {
                assertThat(theirs.json().get("total").asLong()).isZero();
                assertThat(theirs.body()).isEqualTo(nobodys.body());
            } else {
                assertThat(theirs.json().get("type")).isEqualTo(nobodys.json().get("type"));
            }
        }
    }

    /** A wait would take 5 s; a read that does not wait answers well within half of that, however slow the machine. */
    private static Answer timed(java.util.function.Supplier<Answer> read) {
        long start = System.nanoTime();
        Answer answer = read.get();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("answered without waiting: " + answer)
                .isLessThan(java.time.Duration.ofMillis(2_500));
        return answer;
    }

    @Test
    void a_user_holds_at_most_four_waiting_reads_at_once() throws Exception {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json()
                .get("visitId").asString();
        ApiClient waiting = inspector.with("X-Min-Version", "1000");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var reads = new java.util.ArrayList<java.util.concurrent.Future<Answer>>();
            for (int i = 0; i < 6; i++) {
                reads.add(pool.submit(() -> waiting.get("/api/visits/" + visitId)));
            }
            var statuses = new java.util.ArrayList<Integer>();
            for (var read : reads) {
                statuses.add(read.get().status());
            }
            assertThat(statuses).contains(429).containsOnly(429, 503);
            assertThat(statuses.stream().filter(status -> status == 503).count()).isLessThanOrEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }
}
