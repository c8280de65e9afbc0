package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule INPUT-CLEAN-TEXT (issue 19, defect 1): a NUL in a name was stored, and on PostgreSQL then halted the summary
 * read model for good. Every text field refuses control characters (free text may hold tabs and line breaks),
 * unpaired surrogates and bidirectional overrides: 400 problem+json naming the field, and nothing is recorded. The
 * JSON below spells the characters as JSON escapes, as a client would send them.
 */
class CleanTextTest extends RunningApp {

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "leadInspector            | \"leadInspector\": \"Jo Smith\"         | \"leadInspector\": \"Jo\\u0000Smith\"",
            "leadInspector            | \"leadInspector\": \"Jo Smith\"         | \"leadInspector\": \"Jo\\tSmith\"",
            "provider.name            | \"Oakfield Secure Home\"                | \"Oakfield \\u202eemoH\"",
            "teamInspectors[0]        | [\"Sam Lee\"]                          | [\"Sam\\ud800Lee\"]",
            "provider.region          | \"South East\"                          | \"South\\nEast\""})
    void an_announcement_with_a_forbidden_character_is_refused_naming_the_field_and_records_nothing(String field,
            String clean, String poisoned) {
        String body = VisitRequests.announce("SCH_ASSURANCE").replace(clean.strip(), poisoned.strip());
        assertThat(body).contains(poisoned.strip());
        long eventsBefore = storedEvents();

        Answer answer = inspector.post("/api/visits", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field.strip());
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void free_text_keeps_its_tabs_and_line_breaks_but_not_a_nul() {
        String visit = "/api/visits/" + expect(inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE")),
                201).json().get("visitId").asString();
        expect(inspector.post(visit + "/concerns", """
                {"category": "SERIOUS", "summary": "Two lines:\\n\\tone\\r\\n\\ttwo", "details": "d"}"""), 201);
        Answer nul = inspector.post(visit + "/concerns", """
                {"category": "SERIOUS", "summary": "s", "details": "a\\u0000b"}""");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("details");
        assertThat(nul.json().get("errors").get(0).get("message").asString()).contains("U+0000");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }
}
