package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.app.web.ErrorResponsesTest.assertProblem;

/**
 * The request body limit at its default, 256 KB: a larger body is 413 problem+json and records nothing, whether it
 * declares its length or comes chunked; bodies at every field's cap are well within it.
 */
class RequestBodyLimitTest extends RunningApp {

    private static final int LIMIT = 256 * 1024;
    /** Three UTF-8 bytes: text of it is as large as text of one character can be. */
    private static final String EURO = "€";

    @Test
    void a_body_over_the_limit_is_413_and_records_nothing() {
        String visitId = announce();
        int events = history(visitId);

        Answer answer = inspector.post(providerConcerns(visitId), providerConcernOfBytes(LIMIT + 1));

        assertProblem(answer, 413);
        assertThat(answer.json().get("maxBodyBytes")).as(answer.toString()).isNotNull();
        assertThat(answer.json().get("maxBodyBytes").asInt()).isEqualTo(LIMIT);
        assertThat(history(visitId)).isEqualTo(events);
    }

    @Test
    void a_chunked_body_over_the_limit_is_413_and_records_nothing() {
        String visitId = announce();
        int events = history(visitId);

        Answer answer = inspector.postChunked(providerConcerns(visitId), providerConcernOfBytes(LIMIT + 1));

        assertProblem(answer, 413);
        assertThat(history(visitId)).isEqualTo(events);
    }

    @Test
    void a_body_of_exactly_the_limit_is_read_and_judged_on_its_content() {
        String visitId = announce();
        String body = providerConcernOfBytes(LIMIT);

        // Past the limit of 20,000 characters for a summary: refused by validation, so the body was read.
        assertProblem(inspector.post(providerConcerns(visitId), body), 400);
        assertProblem(inspector.postChunked(providerConcerns(visitId), body), 400);
    }

    @Test
    void bodies_at_every_fields_cap_are_within_the_limit() {
        String team = IntStream.range(0, 20).mapToObj(i -> quoted(i + EURO.repeat(198)))
                .collect(Collectors.joining(", "));
        String authorities = IntStream.range(0, 200).mapToObj(i -> quoted("%03d".formatted(i) + EURO.repeat(197)))
                .collect(Collectors.joining(", "));
        String largestAnnouncement = """
                {"visitType": "SCH_ASSURANCE", "provider": {"urn": "SC000001", "name": %s, "localAuthority": %s,
                 "region": %s}, "leadInspector": %s, "teamInspectors": [%s], "placingAuthorities": [%s],
                 "occurredAt": "%s"}
                """.formatted(quoted(EURO.repeat(200)), quoted(EURO.repeat(200)), quoted(EURO.repeat(200)),
                quoted(EURO.repeat(200)), team, authorities, VisitRequests.announcedNowOrLastWorkingDay());
        assertThat(largestAnnouncement.getBytes(StandardCharsets.UTF_8).length).isBetween(130_000, LIMIT);

        String visitId = expect(inspector.postChunked("/api/visits", largestAnnouncement), 201).json()
                .get("visitId").asString();
        String twoLongestTexts = "{\"summary\": %s, \"actionTaken\": %s, \"resolved\": false}"
                .formatted(quoted(EURO.repeat(20_000)), quoted(EURO.repeat(20_000)));
        expect(inspector.post(providerConcerns(visitId), twoLongestTexts), 201);
    }

    @Test
    void a_chunked_form_body_over_the_limit_is_413_too() {
        // Spring's form-content filter, were it on, would read this body whole, before authentication and the limit.
        Answer answer = inspector.sendChunked("PUT", "/api/visits", "application/x-www-form-urlencoded",
                "a=" + "x".repeat(LIMIT));

        assertProblem(answer, 413);
    }

    private String announce() {
        return expect(inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 201).json()
                .get("visitId").asString();
    }

    private int history(String visitId) {
        return expect(inspector.get("/api/visits/" + visitId + "/history"), 200).json().size();
    }

    private static String providerConcerns(String visitId) {
        return "/api/visits/" + visitId + "/provider-concerns";
    }

    /** A provider-concern body of exactly {@code bytes} bytes, its summary made as long as that takes. */
    private static String providerConcernOfBytes(int bytes) {
        String prefix = "{\"summary\": \"";
        String suffix = "\", \"actionTaken\": \"Repaired\", \"resolved\": true}";
        return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
