package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/**
 * Issue 21: {@code Accept: text/csv} on every list read gives the same rows and fields as its JSON answer, read back
 * by a CSV parser (quotes and commas in values survive); a page says where it is in headers; errors stay
 * problem+json; a read that is not a list does not answer CSV.
 */
class CsvListsTest extends RunningApp {

    private static final CsvMapper CSV = new CsvMapper();
    private static final String NAME = "Hill View, \"Upper\" School";

    @Test
    void every_list_answers_csv_with_the_rows_and_fields_of_its_json() {
        String region = "Region " + UUID.randomUUID();
        String visitId = announce(region);
        String visit = "/api/visits/" + visitId;
        inspector.post(visit + "/arrival", null);
        awaitRead(inspector, "/api/visits?region=" + encode(region),
                list -> list.get("items").valueStream().anyMatch(v -> v.get("status").asString().equals("ON_SITE")));
        awaitRead(inspector, "/api/deadlines?region=" + encode(region), list -> list.get("total").asLong() > 0);
        inspector.get(visit + "/history");   // so that the audit log of history reads has a row

        Map<String, String> reads = Map.of(
                "/api/visits?region=" + encode(region), "inspector",
                "/api/deadlines?region=" + encode(region), "manager",
                "/api/notifications?visitId=" + visitId, "inspector",
                "/api/analytics/timeliness?region=" + encode(region), "analyst",
                "/api/audit/history-reads?visitId=" + visitId, "auditor",
                visit + "/history", "auditor",
                "/api/admin/projections", "admin");
        reads.forEach((path, user) -> {
            JsonNode json = inspector.as(user).get(path).json();
            JsonNode items = json.isArray() ? json : json.get("items");
            Answer csv = csv(inspector.as(user), path);
            List<Map<String, String>> rows = rows(csv.body());

            assertThat(csv.contentType()).as(path).isEqualTo("text/csv;charset=UTF-8");
            assertThat(items.size()).as(path).isPositive();
            assertThat(rows).as(path).hasSize(items.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                String which = path + " row " + i + " ";
                items.get(i).properties().stream().filter(field -> field.getValue().isValueNode()).forEach(field ->
                        assertThat(row.get(field.getKey())).as(which + field.getKey())
                                .isEqualTo(field.getValue().isNull() ? "" : field.getValue().asString()));
            }
        });

        Map<String, String> summary = rows(csv(inspector, "/api/visits?region=" + encode(region)).body()).get(0);
        assertThat(summary).containsEntry("provider.name", NAME).containsEntry("visitId", visitId)
                .containsEntry("provider.region", region);
    }

    @Test
    void a_csv_page_says_where_it_is_and_links_the_next() {
        String region = "Region " + UUID.randomUUID();
        announce(region);
        announce(region);
        awaitRead(inspector, "/api/visits?region=" + encode(region), list -> list.get("total").asLong() == 2);

        Answer first = csv(inspector, "/api/visits?region=" + encode(region) + "&size=1");
        assertThat(rows(first.body())).hasSize(1);
        assertThat(first.header("X-Total-Count")).isEqualTo("2");
        assertThat(first.header("X-Page")).isEqualTo("0");
        assertThat(first.header("X-Page-Size")).isEqualTo("1");
        String next = first.header("Link");
        assertThat(next).endsWith(">; rel=\"next\"").startsWith("</api/visits?");
        Answer second = csv(inspector, next.substring(1, next.indexOf('>')));
        assertThat(rows(second.body())).hasSize(1);
        assertThat(second.header("X-Page")).isEqualTo("1");
        assertThat(second.header("Link")).isNull();
    }

    @Test
    void an_empty_list_is_an_empty_csv_and_errors_stay_problems() {
        Answer empty = csv(inspector, "/api/visits?region=" + encode("Region " + UUID.randomUUID()));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).isEmpty();
        assertThat(empty.header("X-Total-Count")).isEqualTo("0");

        // Any type accepted, or none named: JSON, also from a list that offers no CSV.
        assertThat(inspector.with("Accept", "*/*").get("/api/visits").contentType()).isEqualTo("application/json");
        assertThat(inspector.as("admin").with("Accept", "*/*").get("/api/admin/dead-letters").contentType())
                .isEqualTo("application/json");

        Answer unknownParameter = csv(inspector, "/api/visits?regoin=Yorkshire");
        assertProblem(unknownParameter, 400);
        String visitId = announce("Region " + UUID.randomUUID());
        awaitRead(inspector, "/api/visits/" + visitId, summary -> summary.has("visitId"));
        Answer notAList = csv(inspector, "/api/visits/" + visitId);
        assertThat(notAList.status()).isEqualTo(406);
        assertThat(notAList.contentType()).isEqualTo("application/problem+json");
    }

    private String announce(String region) {
        Answer created = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")
                .replace("South East", region).replace("Oakfield Secure Home", NAME.replace("\"", "\\\"")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("visitId").asString();
    }

    private static Answer csv(ApiClient client, String path) {
        return client.with("Accept", "text/csv").get(path);
    }

    private static List<Map<String, String>> rows(String body) {
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            return rows.readAll();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
