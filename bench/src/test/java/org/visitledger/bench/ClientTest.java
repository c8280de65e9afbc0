package org.visitledger.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client against a stand-in API in this JVM: it must chain If-Match from each answer's ETag, resend a 412 with
 * the version the problem names, and measure lag once the dashboard shows the effect.
 */
class ClientTest {

    private HttpServer server;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final List<String> wrongIfMatch = new ArrayList<>();
    private final AtomicInteger visits = new AtomicInteger();
    private final AtomicInteger arrivals = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/visits", this::command);
        // Every deadline of the lifecycle, met: any sampled command's check holds at the first poll.
        server.createContext("/api/deadlines", exchange -> {
            String rows = String.join(",", List.of("ANNEX_A_RETURN", "FURTHER_INFORMATION", "QA_SUBMISSION",
                    "DRAFT_REPORT", "PROVIDER_COMMENTS", "FINAL_REPORT", "COMPLAINT_WINDOW", "PUBLICATION").stream()
                    .map(code -> "{\"code\": \"" + code + "\", \"status\": \"MET\"}").toList());
            answer(exchange, 200, "{\"items\": [" + rows + "]}", null);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void command(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        exchange.getRequestBody().readAllBytes();
        posts.incrementAndGet();
        if (path.equals("/api/visits")) {
            String id = "v" + visits.incrementAndGet();
            versions.put(id, 4L);
            answer(exchange, 201, "{\"visitId\": \"" + id + "\", \"version\": 4}", "\"4\"");
            return;
        }
        String id = path.split("/")[3];
        long version = versions.get(id);
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        // The first arrival finds that the visit moved on meanwhile (as when a deadline lapses between commands).
        if (path.endsWith("/arrival") && arrivals.getAndIncrement() == 0) {
            versions.put(id, version += 2);
        }
        if (!("\"" + version + "\"").equals(ifMatch)) {
            if (!path.endsWith("/arrival")) {
                synchronized (wrongIfMatch) {
                    wrongIfMatch.add(path + " " + ifMatch + " at " + version);
                }
            }
            answer(exchange, 412, "{\"status\": 412, \"currentVersion\": " + version + "}", null);
            return;
        }
        versions.put(id, ++version);
        String created = path.endsWith("/information-requests") ? ", \"requestId\": \"r1\"" : "";
        answer(exchange, path.endsWith("/information-requests") ? 201 : 200,
                "{\"visitId\": \"" + id + "\", \"version\": " + version + created + "}", "\"" + version + "\"");
    }

    private static void answer(HttpExchange exchange, int status, String json, String etag) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void drives_lifecycles_with_if_match_and_resends_a_stale_one() throws InterruptedException {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        BenchOptions options = BenchOptions.parse("--command-url", url, "--visits", "3", "--warmup", "0",
                "--clients", "1", "--lag-every", "1", "--lag-pollers", "1");
        Http http = new Http(Http.DEMO_USERS);
        LagProbe lag = new LagProbe(http, options.queryUrls(), 1, 1, 5);
        long start = System.nanoTime();
        Client client = new Client(1, options, http, new Pacer(start, 0), new Run(start, options), lag, new AtomicLong(),
                new AtomicLong());
        client.run();
        lag.finish();

        assertEquals(List.of(), wrongIfMatch);
        assertEquals(3, client.recorder.lifecyclesCompleted);
        assertEquals(0, client.recorder.failureCount());
        assertEquals(1, client.recorder.staleRetried);
        assertEquals(posts.get(), client.recorder.commands);
        // Every command but the resent arrival moved its visit on by one version; the stale arrival by two.
        assertEquals(posts.get() - 3 - 1 + 2, versions.values().stream().mapToLong(v -> v - 4).sum());
        assertTrue(lag.lags().size() > 0, "lag was measured");
        assertEquals(0, lag.timedOut());
    }

    @Test
    void stops_the_run_when_the_command_side_is_gone_instead_of_spinning() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        BenchOptions options = BenchOptions.parse("--command-url", "http://127.0.0.1:" + port, "--duration", "60",
                "--warmup", "0", "--clients", "4");
        Http http = new Http(Http.DEMO_USERS);
        LagProbe lag = new LagProbe(http, options.queryUrls(), 1, 1, 5);
        long start = System.nanoTime();
        Run run = new Run(start, options);
        AtomicLong inARow = new AtomicLong();
        List<Client> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Client client = new Client(i, options, http, new Pacer(start, 0), run, lag, new AtomicLong(), inARow);
            clients.add(client);
            threads.add(new Thread(client));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join(20_000);
        }
        assertTrue(threads.stream().noneMatch(Thread::isAlive), "clients stopped long before the 60 s duration");
        assertTrue(run.abortedBecause() != null && run.abortedBecause().contains("no HTTP answer"), run.abortedBecause());
        long sent = clients.stream().mapToLong(c -> c.recorder.commands).sum();
        assertTrue(sent >= 50 && sent <= 54, "each client stopped after its current command: " + sent);
    }
}
