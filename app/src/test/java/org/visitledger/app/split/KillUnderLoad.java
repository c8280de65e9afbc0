package org.visitledger.app.split;

import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.JarProcess;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent clients driving whole RSS lifecycles through the command sides while a query side is killed, and the
 * checks afterwards: every acknowledged command's event is in the store, and the read models equal the store.
 */
final class KillUnderLoad {

    static final List<String> READ_MODEL_TABLES = List.of("visit_summary", "deadline_row", "deadline_visit",
            "notification_log", "read_model_version");
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(120);

    /** The steps of one visit after its announcement (docs/api.md, "Commands"). */
    private static final List<String[]> LIFECYCLE = List.of(
            new String[]{"/annex-a", VisitRequests.at(VisitRequests.PAST_NOON)},
            new String[]{"/arrival", "{}"},
            new String[]{"/feedback", VisitRequests.feedback(false)},
            new String[]{"/report/qa-submission", "{}"},
            new String[]{"/report/draft", "{}"},
            new String[]{"/report/provider-comments", "{\"comments\": \"No corrections\"}"},
            new String[]{"/report/final", "{\"requirements\": [], \"recommendations\": [],"
                    + " \"childFriendlySummaryIncluded\": true}"},
            new String[]{"/report/publication", "{\"url\": \"https://reports.example/split\"}"});

    record Ack(String visitId, long version) {
    }

    private final SplitDatabase database;
    private final List<ApiClient> commandSides;
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    KillUnderLoad(SplitDatabase database, List<ApiClient> commandSides) {
        this.database = database;
        this.commandSides = commandSides;
    }

    /** {@code clients} threads send lifecycles for {@code seconds}; {@code kill} runs after {@code killAfter} s. */
    void drive(int clients, int seconds, Killer kill, int killAfter) throws Exception {
        Instant end = Instant.now().plusSeconds(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    runOneVisit();
                }
            });
        }
        Thread.sleep(killAfter * 1000L);
        kill.kill();
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)).as("clients finished").isTrue();
    }

    private void runOneVisit() {
        Answer announced = send("/api/visits", VisitRequests.announce("RSS_ASSURANCE", VisitRequests.PAST_MORNING));
        if (announced == null) {
            return;
        }
        String visitId = announced.json().get("visitId").asString();
        for (String[] step : LIFECYCLE) {
            if (send("/api/visits/" + visitId + step[0], step[1]) == null) {
                return;
            }
        }
    }

    /** Sends to either command side; records the acknowledgement, or the failure (then null). */
    private Answer send(String path, String body) {
        ApiClient side = commandSides.get(ThreadLocalRandom.current().nextInt(commandSides.size()));
        try {
            Answer answer = side.post(path, body);
            if (answer.status() / 100 != 2) {
                failures.add(path + " -> " + answer);
                return null;
            }
            String visitId = answer.json().get("visitId") != null ? answer.json().get("visitId").asString()
                    : path.split("/")[3];
            acks.add(new Ack(visitId, Long.parseLong(answer.header("ETag").replace("\"", ""))));
            return answer;
        } catch (RuntimeException e) {
            failures.add(path + " -> " + e);
            return null;
        }
    }

    List<String> failures() {
        return new ArrayList<>(failures);
    }

    int acknowledged() {
        return acks.size();
    }

    /** Waits until this query side reports every read model caught up, complete and healthy, and the store idle. */
    void awaitCaughtUp(ApiClient admin) throws Exception {
        Instant giveUp = Instant.now().plus(CATCH_UP_TIMEOUT);
        long lastCount = -1;
        String last = "";
        while (Instant.now().isBefore(giveUp)) {
            long events = database.count("SELECT COUNT(*) FROM domain_event_entry");
            Answer answer = admin.get("/api/admin/projections");
            if (answer.status() == 200) {
                last = answer.body();
                boolean caughtUp = answer.json().valueStream().allMatch(status -> status.get("lag").asLong() == 0
                        && status.get("eventsNotSeen").asLong() == 0 && !status.get("error").asBoolean()
                        && status.get("position").isNumber());
                if (caughtUp && events == lastCount && answer.json().size() == SplitDeploymentIT.READ_MODELS.size()) {
                    return;
                }
            }
            lastCount = events;
            Thread.sleep(500);
        }
        throw new AssertionError("read models did not catch up within " + CATCH_UP_TIMEOUT + ": " + last);
    }

    /** Every acknowledged version is in the event store, whose streams have no gaps. */
    Map<String, Long> assertNoAcknowledgedCommandLost() throws SQLException {
        Map<String, Long> lastSequence = database.lastSequenceByVisit();
        for (Ack ack : acks) {
            assertThat(lastSequence.get(ack.visitId())).as("stored version of %s acknowledged at %d", ack.visitId(),
                    ack.version()).isNotNull().isGreaterThanOrEqualTo(ack.version());
        }
        return lastSequence;
    }

    void assertSummariesAtTheStoresVersions(Map<String, Long> lastSequence) throws SQLException {
        Map<String, Long> summaries = database.dump("visit_summary").stream()
                .collect(Collectors.toMap(row -> field(row, "visit_id"), row -> Long.parseLong(field(row, "version"))));
        assertThat(summaries).as("visit_summary versions vs the event store").isEqualTo(lastSequence);
    }

    Map<String, List<String>> dumpReadModels() throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : READ_MODEL_TABLES) {
            tables.put(table, database.dump(table));
        }
        return tables;
    }

    /** What an operator does to rebuild offline: empty the read models and forget their processors' tokens. */
    void clearReadModels(List<String> processors) throws SQLException {
        for (String table : READ_MODEL_TABLES) {
            database.execute("DELETE FROM " + table);
        }
        database.execute("DELETE FROM token_entry WHERE processor_name IN ('" + String.join("','", processors) + "')");
    }

    /** Waits until every segment of each read model is claimed, and exactly by these processes (each some). */
    static void awaitOwners(SplitDatabase database, List<String> readModels, List<JarProcess> owners)
            throws Exception {
        Instant giveUp = Instant.now().plusSeconds(90);
        String seen = "";
        while (Instant.now().isBefore(giveUp)) {
            boolean ok = true;
            StringBuilder state = new StringBuilder();
            for (String readModel : readModels) {
                List<String> claims = database.dump("token_entry WHERE processor_name = '" + readModel + "'")
                        .stream().map(row -> field(row, "owner")).toList();
                state.append(readModel).append(claims.stream().collect(Collectors.groupingBy(o -> o,
                        Collectors.counting()))).append(' ');
                ok &= !claims.isEmpty() && claims.stream().allMatch(owner ->
                        owners.stream().anyMatch(side -> owner.startsWith(side.ownerPrefix())));
                ok &= owners.stream().allMatch(side -> claims.stream().anyMatch(o -> o.startsWith(side.ownerPrefix())));
            }
            if (ok) {
                return;
            }
            seen = state.toString();
            Thread.sleep(500);
        }
        throw new AssertionError("segments never settled on " + owners.stream().map(s -> s.name).toList()
                + "; last seen " + seen);
    }

    private static String field(String row, String column) {
        for (String part : row.split(" ")) {
            if (part.startsWith(column + "=")) {
                return part.substring(column.length() + 1);
            }
        }
        throw new IllegalArgumentException(column + " not in " + row);
    }

    @FunctionalInterface
    interface Killer {
        void kill() throws Exception;
    }
}
