package org.visitledger.app.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 19's hostile-input battery: every input the attack found accepted or answered badly, each asserted to be
 * refused with the expected status, as problem+json naming the field where there is one, with nothing recorded
 * (no visit created, the live visit's stream unchanged). It has a database of its own, so that nothing else
 * appends events while it counts them. (NoServerErrorForClientInputTest sweeps every command path for 5xx.)
 */
@TestPropertySource(properties = "visit-ledger.test-context=hostile-input")
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest extends RunningApp {

    private static final String ANNOUNCE = VisitRequests.announce("RSS_ASSURANCE");

    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    /** The live visit the commands other than announcements are sent to. */
    private static String visitId;

    @BeforeEach
    void liveVisit() {
        if (visitId == null) {
            visitId = inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")).json().get("visitId")
                    .asString();
        }
    }

    /** Defect 5: wrongly typed input was coerced into permanent events. */
    static Stream<Arguments> wronglyTyped() {
        return Stream.of(
                announce("visitType", "\"visitType\": \"RSS_ASSURANCE\"", "\"visitType\": 1"),
                announce("visitType", "\"visitType\": \"RSS_ASSURANCE\"", "\"visitType\": \"0\""),
                announce("visitType", "\"visitType\": \"RSS_ASSURANCE\"", "\"visitType\": \" RSS_ASSURANCE\""),
                announce("visitType", "\"visitType\": \"RSS_ASSURANCE\"", "\"visitType\": \"rss_assurance\""),
                announce("plannedLengthDays", "\"leadInspector\"", "\"plannedLengthDays\": 3.5, \"leadInspector\""),
                announce("plannedLengthDays", "\"leadInspector\"", "\"plannedLengthDays\": \"3\", \"leadInspector\""),
                announce("leadInspector", "\"leadInspector\": \"Jo Smith\"", "\"leadInspector\": 42"),
                announce("provider.name", "\"name\": \"Oakfield Secure Home\"", "\"name\": 7"),
                announce("occurredAt", "\"leadInspector\"", "\"occurredAt\": 1763370000, \"leadInspector\""),
                announce("occurredAt", "\"leadInspector\"", "\"occurredAt\": \"1763370000\", \"leadInspector\""),
                announce("occurredAt", "\"leadInspector\"", "\"occurredAt\": \"\", \"leadInspector\""),
                announce("occurredAt", "\"leadInspector\"",
                        "\"occurredAt\": \"-999999999-01-01T00:00:00Z\", \"leadInspector\""),
                announce("leadInspector", "\"leadInspector\": \"Jo Smith\"",
                        "\"leadInspector\": \"Jo Smith\", \"leadInspector\": \"Sam Lee\""),
                command("/feedback", "seriousOrWidespreadConcerns",
                        "{\"seriousOrWidespreadConcerns\": 1, \"summary\": \"s\"}"),
                command("/feedback", "seriousOrWidespreadConcerns",
                        "{\"seriousOrWidespreadConcerns\": \"true\", \"summary\": \"s\"}"),
                command("/feedback", "summary", "{\"seriousOrWidespreadConcerns\": false, \"summary\": false}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wronglyTyped")
    void wrongly_typed_input_is_refused_naming_the_field_and_records_nothing(String name, String path, String body,
                                                                            String field) {
        long visits = visits();
        long versionOfTheLiveVisit = version(visitId);

        Answer answer = inspector.post(path.replace("{visit}", visitId), body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode errors = answer.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).as(answer.body()).contains(field);
        assertThat(visits()).isEqualTo(visits);
        assertThat(version(visitId)).isEqualTo(versionOfTheLiveVisit);
    }

    /**
     * Defect 7: what the container or the firewall refuses, sent as raw HTTP (a client library would tidy some of it
     * up), answered as problem+json and never 5xx.
     */
    static Stream<Arguments> refusedBeforeAnyController() {
        String longHeader = "X-Padding: " + "a".repeat(20_000) + "\r\n";
        return Stream.of(
                arguments("GET /error, directly and unauthenticated", "GET /error", "", "", 404),
                arguments("an encoded slash", "GET /api/visits/a%2Fb", AUTHENTICATED, "", 400),
                arguments("an encoded NUL", "GET /api/visits/a%00b", AUTHENTICATED, "", 400),
                arguments("a header over the limit", "GET /api/visits", AUTHENTICATED + longHeader, "", 400),
                arguments("an empty path segment", "GET /api//visits", AUTHENTICATED, "", 400),
                arguments("a path parameter", "GET /api/visits;x=1", AUTHENTICATED, "", 400),
                arguments("an encoded dot segment", "GET /api/visits/%2e%2e/x", AUTHENTICATED, "", 400),
                arguments("TRACE", "TRACE /api/visits", AUTHENTICATED, "", 405),
                arguments("a wildcard Content-Type", "POST /api/visits", AUTHENTICATED + "Content-Type: */*\r\n",
                        ANNOUNCE, 415),
                arguments("an unparseable Content-Type", "POST /api/visits", AUTHENTICATED
                        + "Content-Type: ;;;\r\n", ANNOUNCE, 415));
    }

    private static final String AUTHENTICATED = "Authorization: Basic aW5zcGVjdG9yOmluc3BlY3Rvcg==\r\n";

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBeforeAnyController")
    void a_request_refused_before_any_controller_is_answered_as_problem_json(String name, String requestLine,
                                                                            String headers, String body, int status)
            throws IOException {
        long visits = visits();

        RawAnswer answer = RawAnswer.of(port, requestLine, headers, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status);
        assertThat(visits()).isEqualTo(visits);
    }

    /** Defect 8: a refused announcement wrote 26 KB of log, a stack trace at WARN; refusals are answers, not faults. */
    @Test
    void a_refused_command_leaves_no_stack_trace_in_the_log(CapturedOutput log) {
        int before = log.length();

        Answer saturday = inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE",
                java.time.Instant.parse("2025-11-15T10:00:00Z")));
        Answer refused = inspector.post("/api/visits/" + visitId + "/report/publication",
                "{\"url\": \"https://reports.example/x\"}");

        assertThat(saturday.status()).as(saturday.toString()).isEqualTo(400);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        String written = log.toString().substring(before);
        assertThat(written).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static Arguments announce(String field, String replaced, String by) {
        assertThat(ANNOUNCE).contains(replaced);
        String body = ANNOUNCE.replace(replaced, by);
        return arguments("announce " + by, "/api/visits", body, field);
    }

    private static Arguments command(String path, String field, String body) {
        return arguments(path + " " + body, "/api/visits/{visit}" + path, body, field);
    }

    private long visits() {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry", Long.class);
    }

    private long version(String visit) {
        return jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, visit);
    }
}
