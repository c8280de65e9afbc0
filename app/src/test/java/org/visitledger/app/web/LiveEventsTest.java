package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, the live stream ({@code GET /api/events}, server-sent events): a command is heard by every listener who
 * may read its visit, once the read models have applied it, and by no other provider; a client that reconnects with
 * {@code Last-Event-ID} hears what it missed. The delay from a command's answer to its last event heard is printed.
 */
class LiveEventsTest extends RunningApp {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void a_command_is_heard_live_by_who_may_read_its_visit_and_by_no_other_provider() throws Exception {
        try (Listener inspectorHears = new Listener(inspector, null);
             Listener providerHears = new Listener(inspector.as("provider"), null);
             Listener councilHears = new Listener(inspector.as("council"), null)) {
            Answer announced = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE"));
            Instant answeredAt = Instant.now();
            String visitId = announced.json().get("visitId").asString();
            long version = announced.json().get("version").asLong();

            JsonNode heard = inspectorHears.awaitVersion(visitId, version);
            long delayMillis = Duration.between(answeredAt, Instant.now()).toMillis();
            System.out.printf("Live update: the announcement's last event (version %d) heard %d ms after the "
                    + "command's answer%n", version, delayMillis);
            assertThat(heard.get("type").asString()).isNotBlank();
            assertThat(providerHears.awaitVersion(visitId, version).get("visitId").asString()).isEqualTo(visitId);

            // The summary a listener reads on hearing the event already has that version.
            assertThat(inspector.get("/api/visits/" + visitId).json().get("version").asLong()).isEqualTo(version);
            assertThat(councilHears.heardOf(visitId, Duration.ofSeconds(1))).isFalse();
        }
    }

    @Test
    void a_client_that_reconnects_with_the_last_event_id_hears_what_it_missed() throws Exception {
        String lastEventId;
        String visitId;
        try (Listener first = new Listener(inspector, null)) {
            Answer announced = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE"));
            visitId = announced.json().get("visitId").asString();
            first.awaitVersion(visitId, announced.json().get("version").asLong());
            lastEventId = first.lastEventId();
        }
        Answer missed = inspector.post("/api/visits/" + visitId + "/arrival", null);
        assertThat(missed.status()).as(missed.toString()).isEqualTo(200);
        awaitRead(inspector, "/api/visits/" + visitId, summary -> summary.get("status").asString().equals("ON_SITE"));

        try (Listener again = new Listener(inspector, lastEventId)) {
            JsonNode heard = again.awaitVersion(visitId, missed.json().get("version").asLong());
            assertThat(heard.get("type").asString()).isEqualTo("InspectorsArrivedOnSite");
        }
    }

    @Test
    void the_stream_is_for_readers_of_visits_only() {
        assertThat(inspector.as("admin").openStream("/api/events").status()).isEqualTo(403);
        assertThat(anonymous.openStream("/api/events").status()).isEqualTo(401);
        Answer opened = inspector.as("analyst").openStream("/api/events");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.contentType()).startsWith("text/event-stream");
    }

    /** One open stream, its events gathered as they arrive (id and data of each). */
    private static final class Listener implements AutoCloseable {

        private final HttpResponse<Stream<String>> response;
        private final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        private final List<String[]> seen = new ArrayList<>();
        private final Thread reader;

        Listener(ApiClient client, String lastEventId) {
            ApiClient caller = lastEventId == null ? client : client.with("Last-Event-ID", lastEventId);
            response = caller.streamLines("/api/events");
            assertThat(response.statusCode()).isEqualTo(200);
            reader = new Thread(() -> {
                String id = null;
                try {
                    for (String line : (Iterable<String>) response.body()::iterator) {
                        if (line.startsWith("id:")) {
                            id = line.substring(3).strip();
                        } else if (line.startsWith("data:")) {
                            events.add(new String[]{id, line.substring(5).strip()});
                        }
                    }
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** The event that made version {@code version} of the visit; fails if it is not heard in time. */
        JsonNode awaitVersion(String visitId, long version) throws InterruptedException {
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(giveUp)) {
                String[] event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event == null) {
                    continue;
                }
                seen.add(event);
                JsonNode data = ApiClient.JSON.readTree(event[1]);
                if (data.get("visitId").asString().equals(visitId) && data.get("version").asLong() == version) {
                    return data;
                }
            }
            throw new AssertionError("version " + version + " of " + visitId + " not heard within " + PATIENCE);
        }

        boolean heardOf(String visitId, Duration within) throws InterruptedException {
            Instant giveUp = Instant.now().plus(within);
            while (Instant.now().isBefore(giveUp)) {
                String[] event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event != null && event[1].contains(visitId)) {
                    return true;
                }
            }
            return seen.stream().anyMatch(event -> event[1].contains(visitId));
        }

        String lastEventId() {
            return seen.get(seen.size() - 1)[0];
        }

        @Override
        public void close() {
            response.body().close();
            reader.interrupt();
        }
    }
}
