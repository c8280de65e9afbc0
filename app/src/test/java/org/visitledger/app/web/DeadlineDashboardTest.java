package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/** The deadline dashboard, its summary and timeliness analytics (docs/api.md, "Reads"). */
class DeadlineDashboardTest extends RunningApp {

    private final String region = "Region " + UUID.randomUUID();

    @Test
    void deadline_statuses_are_computed_at_read_time_and_overdue_needs_no_new_event() {
        String old = pastRssVisit();
        // Announced on a past morning with Annex A returned before 13:00 that day: MET whatever the time of day now.
        String live = announce("SCH_ASSURANCE", VisitRequests.PAST_MORNING);
        inspector.post("/api/visits/" + live + "/annex-a", VisitRequests.at(VisitRequests.PAST_NOON));
        inspector.post("/api/visits/" + live + "/information-requests",
                VisitRequests.informationRequest(Instant.now().plus(Duration.ofDays(30))));
        inspector.post("/api/visits/" + live + "/information-requests",
                VisitRequests.informationRequest(Instant.now().plus(Duration.ofHours(1))));
        String withdrawn = announce("RSS_ASSURANCE", null);
        inspector.post("/api/visits/" + withdrawn + "/withdrawal", "{\"reason\": \"Provider closed\"}");

        JsonNode rows = awaitRead(inspector, "/api/deadlines?region=" + encode(region), list -> list.get("total").asLong() == 9
                && list.get("items").valueStream().anyMatch(r -> r.get("status").asString().equals("CANCELLED")));
        Map<String, String> status = new HashMap<>();
        rows.get("items").forEach(r -> status.put(r.get("visitId").asString() + "/" + r.get("deadlineId").asString(),
                r.get("status").asString()));
        assertThat(status).containsEntry(old + "/ANNEX_A_RETURN", "MET_LATE")
                .containsEntry(old + "/QA_SUBMISSION", "MET")
                .containsEntry(old + "/DRAFT_REPORT", "OVERDUE")
                .containsEntry(old + "/FINAL_REPORT", "OVERDUE")
                .containsEntry(old + "/PUBLICATION", "OVERDUE")
                .containsEntry(live + "/ANNEX_A_RETURN", "MET")
                .containsEntry(live + "/FURTHER_INFORMATION:FI-1", "OPEN")
                .containsEntry(live + "/FURTHER_INFORMATION:FI-2", "DUE_SOON")
                .containsEntry(withdrawn + "/ANNEX_A_RETURN", "CANCELLED");
        List<Instant> dueTimes = rows.get("items").valueStream().map(r -> Instant.parse(r.get("dueAt").asString())).toList();
        assertThat(dueTimes).isSorted();
        JsonNode qa = rows.get("items").valueStream().filter(r -> r.get("code").asString().equals("QA_SUBMISSION"))
                .findFirst().orElseThrow();
        assertThat(qa.get("owner").asString()).isEqualTo("LEAD_INSPECTOR");
        assertThat(qa.get("metAt").asString()).isEqualTo("2025-04-22T09:00:00Z");
    }

    @Test
    void deadlines_are_filtered_by_every_api_filter() {
        String old = pastRssVisit();
        awaitRead(inspector, "/api/deadlines?visitId=" + old, DeadlineDashboardTest::pastVisitProjected);
        String base = "/api/deadlines?region=" + encode(region);

        assertThat(total(base + "&status=OVERDUE")).isEqualTo(3);
        assertThat(total(base + "&code=DRAFT_REPORT")).isEqualTo(1);
        assertThat(total(base + "&owner=PROVIDER")).isEqualTo(1);
        assertThat(total(base + "&dueBefore=2025-05-01T00:00:00Z")).isEqualTo(2);
        assertThat(total(base + "&dueAfter=2025-05-01T00:00:00Z")).isEqualTo(3);
        assertThat(total("/api/deadlines?visitId=" + old + "&status=MET")).isEqualTo(1);
        assertThat(total(base + "&size=2")).isEqualTo(5);
        assertThat(inspector.get(base + "&size=2&page=2").json().get("items").size()).isEqualTo(1);
    }

    @Test
    void the_summary_and_timeliness_agree_with_the_deadline_rows() {
        pastRssVisit();
        awaitRead(inspector, "/api/deadlines?region=" + encode(region), DeadlineDashboardTest::pastVisitProjected);

        Map<String, Map<String, Long>> fromRows = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode rows = inspector.get("/api/deadlines?size=500&page=" + page).json();
            rows.get("items").forEach(r -> fromRows.computeIfAbsent(r.get("code").asString(), c -> new HashMap<>())
                    .merge(r.get("status").asString(), 1L, Long::sum));
            if ((long) (page + 1) * 500 >= rows.get("total").asLong()) {
                break;
            }
        }
        JsonNode summary = inspector.get("/api/deadlines/summary").json();
        Map<String, Map<String, Long>> fromSummary = new HashMap<>();
        summary.properties().forEach(code -> code.getValue().properties().forEach(s ->
                fromSummary.computeIfAbsent(code.getKey(), c -> new HashMap<>()).put(s.getKey(), s.getValue().asLong())));
        assertThat(fromSummary).isEqualTo(fromRows);

        JsonNode timeliness = inspector.get("/api/analytics/timeliness").json();
        timeliness.forEach(row -> {
            Map<String, Long> counts = fromRows.getOrDefault(row.get("code").asString(), Map.of());
            assertThat(row.get("metOnTime").asLong()).isEqualTo(counts.getOrDefault("MET", 0L));
            assertThat(row.get("metLate").asLong()).isEqualTo(counts.getOrDefault("MET_LATE", 0L));
            assertThat(row.get("missed").asLong()).isEqualTo(counts.getOrDefault("OVERDUE", 0L));
            assertThat(row.get("open").asLong())
                    .isEqualTo(counts.getOrDefault("OPEN", 0L) + counts.getOrDefault("DUE_SOON", 0L));
        });
    }

    @Test
    void timeliness_is_grouped_by_region_visit_type_or_month() {
        pastRssVisit();
        awaitRead(inspector, "/api/deadlines?region=" + encode(region), DeadlineDashboardTest::pastVisitProjected);

        Map<String, JsonNode> mine = new HashMap<>();
        inspector.get("/api/analytics/timeliness?groupBy=region").json().forEach(row -> {
            if (row.get("group").asString().equals(region)) {
                mine.put(row.get("code").asString(), row);
            }
        });
        assertThat(mine.get("QA_SUBMISSION").get("metOnTime").asLong()).isEqualTo(1);
        assertThat(mine.get("QA_SUBMISSION").get("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(mine.get("ANNEX_A_RETURN").get("metLate").asLong()).isEqualTo(1);
        assertThat(mine.get("ANNEX_A_RETURN").get("onTimeRate").asDouble()).isEqualTo(0.0);
        assertThat(mine.get("DRAFT_REPORT").get("missed").asLong()).isEqualTo(1);

        List<String> months = inspector.get("/api/analytics/timeliness?groupBy=month").json().valueStream()
                .map(row -> row.get("group").asString()).toList();
        assertThat(months).contains("2025-04", "2025-05", "2025-06");
        List<String> types = inspector.get("/api/analytics/timeliness?groupBy=visitType").json().valueStream()
                .map(row -> row.get("group").asString()).toList();
        assertThat(types).contains("RSS_ASSURANCE");
        assertProblem(inspector.get("/api/analytics/timeliness?groupBy=colour"), 400);
    }

    @Test
    void bad_dashboard_parameters_are_400() {
        assertProblem(inspector.get("/api/deadlines?status=LATE"), 400);
        assertProblem(inspector.get("/api/deadlines?code=NAP_TIME"), 400);
        assertProblem(inspector.get("/api/deadlines?dueBefore=tomorrow"), 400);
        assertProblem(inspector.get("/api/deadlines?size=1000"), 400);
    }

    /** The past visit's last event (QA met) has reached the dashboard. */
    private static boolean pastVisitProjected(JsonNode list) {
        return list.get("total").asLong() == 5 && list.get("items").valueStream()
                .anyMatch(r -> r.get("code").asString().equals("QA_SUBMISSION") && r.get("status").asString().equals("MET"));
    }

    /** RSS visit of 2025-04-16 (test vector): Annex A late, QA on time, nothing since: the rest overdue. */
    private String pastRssVisit() {
        String visitId = announce("RSS_ASSURANCE", Instant.parse("2025-04-16T08:05:00Z"));
        String visit = "/api/visits/" + visitId;
        step(inspector.post(visit + "/annex-a", VisitRequests.at(Instant.parse("2025-04-16T14:30:00Z"))));
        step(inspector.post(visit + "/arrival", VisitRequests.at(Instant.parse("2025-04-17T08:00:00Z"))));
        step(inspector.post(visit + "/feedback", "{\"seriousOrWidespreadConcerns\": false, \"summary\": \"ok\","
                + " \"occurredAt\": \"2025-04-17T15:00:00Z\"}"));
        step(inspector.post(visit + "/report/qa-submission", VisitRequests.at(Instant.parse("2025-04-22T09:00:00Z"))));
        return visitId;
    }

    private String announce(String type, Instant at) {
        Answer created = inspector.post("/api/visits", VisitRequests.announce(type, at).replace("South East", region));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("visitId").asString();
    }

    private static void step(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private long total(String path) {
        Answer answer = inspector.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("total").asLong();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
