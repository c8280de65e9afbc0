package org.visitledger.app.web;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitLedgerApplication;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/**
 * Issue 19, defect 8: failed logins and reads are limited per user and per client address (429 problem+json with
 * Retry-After). Small limits, on the limiter clock the test moves (CommandRateLimitTest.LimiterClock); every request
 * comes from one address, so the address limits are reached last, in the last test.
 */
@DirtiesContext
@SpringBootTest(classes = {VisitLedgerApplication.class, CommandRateLimitTest.LimiterClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"visit-ledger.limits.read-burst=4", "visit-ledger.limits.reads-per-minute=6",
                "visit-ledger.limits.address-read-burst=7", "visit-ledger.limits.address-reads-per-minute=6",
                "visit-ledger.limits.failed-logins-per-user=3", "visit-ledger.limits.failed-logins-per-address=5",
                "visit-ledger.limits.failed-login-window=5m"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessRateLimitTest extends RunningApp {

    @Autowired
    private CommandRateLimitTest.MovableTime time;

    @Test
    @Order(1)
    void past_its_burst_a_users_read_is_429_and_past_the_addresses_everyones_is() {
        ApiClient analyst = inspector.as("analyst");
        for (int i = 0; i < 4; i++) {
            assertThat(analyst.get("/api/visits").status()).isEqualTo(200);
        }

        Answer refused = analyst.get("/api/visits");

        assertProblem(refused, 429);
        assertThat(refused.json().get("type").asString()).endsWith("too-many-reads");
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        ApiClient auditor = inspector.as("auditor");
        for (int i = 0; i < 3; i++) {
            assertThat(auditor.get("/api/visits").status()).as("another user, read %d", i + 1).isEqualTo(200);
        }
        assertProblem(auditor.get("/api/visits"), 429);
        time.advance(Duration.ofSeconds(10));
        assertThat(auditor.get("/api/visits").status()).as("refilled").isEqualTo(200);
    }

    @Test
    @Order(2)
    void past_its_failed_logins_a_user_is_429_even_with_the_right_password_and_past_the_addresses_everyone_is() {
        time.advance(Duration.ofMinutes(1));
        ApiClient guessing = new ApiClient(inspector.baseUrl(), "manager", "guess");
        for (int i = 0; i < 3; i++) {
            assertProblem(guessing.get("/api/visits"), 401);
        }

        Answer locked = inspector.as("manager").get("/api/visits");

        assertProblem(locked, 429);
        assertThat(locked.json().get("type").asString()).endsWith("too-many-failed-logins");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
        assertThat(inspector.as("qa").get("/api/visits").status()).as("another user").isEqualTo(200);

        ApiClient otherGuess = new ApiClient(inspector.baseUrl(), "qa", "guess");
        assertProblem(otherGuess.get("/api/visits"), 401);
        assertProblem(otherGuess.get("/api/visits"), 401);
        assertProblem(inspector.as("qa").get("/api/visits"), 429);
        assertProblem(anonymous.get("/api/visits"), 429);

        time.advance(Duration.ofMinutes(5));
        assertThat(inspector.as("manager").get("/api/visits").status()).as("the window has passed").isEqualTo(200);
    }
}
