package org.visitledger.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchOptionsTest {

    @Test
    void defaults_run_30_seconds_with_16_clients_against_localhost() {
        BenchOptions options = BenchOptions.parse();
        assertEquals("http://localhost:8080", options.commandUrl());
        assertEquals(List.of("http://localhost:8080"), options.queryUrls());
        assertEquals(16, options.clients());
        assertEquals(30, options.durationSeconds());
        assertNull(options.visits());
        assertEquals(0, options.rate());
    }

    @Test
    void query_urls_default_to_the_command_url_and_split_on_commas() {
        BenchOptions options = BenchOptions.parse("--command-url", "http://c:8081/", "--query-url=http://q1:8082,http://q2:8083/",
                "--clients", "4", "--visits", "100", "--rate", "200.5", "--idempotency-keys");
        assertEquals("http://c:8081", options.commandUrl());
        assertEquals(List.of("http://q1:8082", "http://q2:8083"), options.queryUrls());
        assertEquals(100, options.visits());
        assertNull(options.durationSeconds());
        assertEquals(200.5, options.rate());
        assertTrue(options.idempotencyKeys());
        assertEquals(List.of("http://c:8081"), BenchOptions.parse("--command-url", "http://c:8081").queryUrls());
    }

    @Test
    void personal_data_adds_a_concern_with_details_after_publication() {
        assertTrue(BenchOptions.parse("--personal-data").personalData());
        List<Lifecycle.Step> with = Lifecycle.plan(7, new java.util.Random(1), true);
        List<Lifecycle.Step> without = Lifecycle.plan(7, new java.util.Random(1), false);
        assertEquals(without.size() + 1, with.size());
        Lifecycle.Step concern = with.stream().filter(step -> step.name().equals("concern")).findFirst().orElseThrow();
        assertEquals("/api/visits/V-1/concerns", concern.path("V-1", null));
        assertTrue(concern.body().contains("\"details\""));
        assertEquals("publication", with.get(with.indexOf(concern) - 1).name());
        assertEquals(concern, with.get(with.size() - 1));
    }

    @Test
    void refuses_what_it_cannot_run() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--duration", "10", "--visits", "5"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--clients", "0"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--rate", "fast"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--clients"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--jwt-key", "issuer.key"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--jwt-key", "issuer.key",
                "--jwt-issuer", "https://issuer.test"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--threads", "4"));
    }
}
