package org.visitledger.app.web;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitLedgerApplication;
import org.visitledger.app.VisitRequests;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/**
 * The per-user command rate limit through HTTP: bursts of 3 commands, refilled at 20 a minute (one every 3 s), on a
 * limiter clock that the test moves, so that nothing depends on how fast requests run. Its properties differ from the
 * other HTTP tests', so Spring starts a second application for it, on H2 files of its own (RunningApp), and closes it
 * after this class, which alone uses it.
 */
@DirtiesContext
@SpringBootTest(classes = {VisitLedgerApplication.class, CommandRateLimitTest.LimiterClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"visit-ledger.limits.commands-per-minute=20", "visit-ledger.limits.command-burst=3"})
class CommandRateLimitTest extends RunningApp {

    private static final String PROVIDER_CONCERN =
            "{\"summary\": \"Door alarm faulty\", \"actionTaken\": \"Repaired\", \"resolved\": true}";

    @Autowired
    private MovableTime time;

    @Test
    void past_its_burst_a_users_command_is_429_with_retry_after_and_records_nothing_while_others_go_on() {
        String visitId = expect(inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")), 201).json()
                .get("visitId").asString();
        String concerns = "/api/visits/" + visitId + "/provider-concerns";
        ApiClient provider = inspector.as("provider");
        for (int i = 0; i < 3; i++) {
            expect(provider.post(concerns, PROVIDER_CONCERN), 201);
        }

        Answer refused = provider.post(concerns, PROVIDER_CONCERN);

        assertProblem(refused, 429);
        assertThat(refused.header("Retry-After")).isEqualTo("3");
        assertThat(providerConcernsRecorded(visitId)).isEqualTo(3);
        awaitRead(provider, "/api/visits/" + visitId, summary -> true);
        expect(inspector.post("/api/visits/" + visitId + "/arrival", null), 200);

        time.advance(Duration.ofSeconds(2));
        assertThat(expect(provider.post(concerns, PROVIDER_CONCERN), 429).header("Retry-After")).isEqualTo("1");
        time.advance(Duration.ofSeconds(1));
        expect(provider.post(concerns, PROVIDER_CONCERN), 201);
        assertThat(providerConcernsRecorded(visitId)).isEqualTo(4);
    }

    @Test
    void refused_commands_count_too() {
        ApiClient manager = inspector.as("manager");
        for (int i = 0; i < 3; i++) {
            assertProblem(manager.post("/api/visits/no-such-visit/debrief", "{}"), 400);
        }
        Answer refused = manager.post("/api/visits/no-such-visit/debrief", "{}");
        assertProblem(refused, 429);
        assertThat(refused.header("Retry-After")).isEqualTo("3");
    }

    private long providerConcernsRecorded(String visitId) {
        return expect(inspector.get("/api/visits/" + visitId + "/history"), 200).json().valueStream()
                .filter(event -> event.get("type").asString().equals("ProviderConcernRecorded")).count();
    }

    /** The rate limiter's clock, which only the test moves. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LimiterClock {

        @Bean
        MovableTime limiterTime() {
            return new MovableTime();
        }
    }

    static final class MovableTime implements TimeMeter {

        private final AtomicLong nanos = new AtomicLong();

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
