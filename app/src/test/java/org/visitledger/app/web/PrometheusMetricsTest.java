package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/**
 * Issue 21, operations: {@code /actuator/prometheus} for administrators, scraped as a Prometheus server would, with
 * the series operators alert on: each read model's lag, the dead letters of every read model and process, and the
 * command-handling histogram by command and outcome, beside Axon's own metrics.
 */
class PrometheusMetricsTest extends RunningApp {

    /** The readiness group includes the read models' health (ReadModelsHealthIndicator), open like health. */
    @Test
    void readiness_and_liveness_answer_without_credentials() {
        assertThat(anonymous.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_is_for_administrators_only() {
        assertProblem(inspector.as("analyst").get("/actuator/prometheus"), 403);
        assertProblem(anonymous.get("/actuator/prometheus"), 401);
    }

    @Test
    void a_scrape_finds_the_lag_dead_letter_and_command_latency_series() {
        String visitId = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")).json()
                .get("visitId").asString();
        inspector.post("/api/visits/" + visitId + "/report/publication", "{\"url\": \"https://reports.example/1\"}");

        Answer scrape = inspector.as("admin").get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(scrape.body())
                .contains("visit_ledger_read_model_lag_events{read_model=\"visit-summary\"}")
                .contains("visit_ledger_read_model_lag_events{read_model=\"grade-profile\"}")
                .contains("visit_ledger_dead_letters{processor=\"deadline-dashboard\"}")
                .contains("visit_ledger_dead_letters{processor=\"monitoring-visit-process\"}")
                .contains("visit_ledger_commands_seconds_bucket{command=\"AnnounceVisit\",outcome=\"ok\",le=")
                .contains("visit_ledger_commands_seconds_count{command=\"PublishReport\",outcome=\"refused\"}")
                .contains("commandBus_successCounter_total");
    }
}
