package org.visitledger.requests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.visitledger.events.VisitType;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, defect 5: request bodies are read as written. Each refused body was accepted (coerced) before; the HTTP
 * side (400 problem+json, nothing recorded) is in the app's hostile-input battery.
 */
class StrictRequestJsonTest {

    record Body(VisitType visitType, Boolean serious, Integer days, String name, Instant occurredAt) {
    }

    private static final JsonMapper JSON;

    static {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictRequestJson.strict(builder);
        JSON = builder.build();
    }

    @Test
    void a_body_as_written_is_read() {
        Body body = JSON.readValue("""
                {"visitType": "RSS_ASSURANCE", "serious": true, "days": 3, "name": "Jo Smith",
                 "occurredAt": "2025-11-17T09:00:00Z"}""", Body.class);

        assertThat(body).isEqualTo(new Body(VisitType.RSS_ASSURANCE, true, 3, "Jo Smith",
                Instant.parse("2025-11-17T09:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"serious\": 1}", "{\"serious\": \"true\"}", "{\"serious\": 0}",
            "{\"visitType\": 1}", "{\"visitType\": \"0\"}", "{\"visitType\": \" RSS_ASSURANCE\"}",
            "{\"visitType\": \"RSS_ASSURANCE \"}", "{\"visitType\": \"\"}",
            "{\"days\": 3.5}", "{\"days\": \"3\"}", "{\"days\": 3.0}", "{\"days\": true}",
            "{\"name\": 42}", "{\"name\": 4.2}", "{\"name\": true}",
            "{\"occurredAt\": 1731834000}", "{\"occurredAt\": 1731834000.5}", "{\"occurredAt\": \"\"}",
            "{\"occurredAt\": \" \"}", "{\"occurredAt\": \"1731834000\"}", "{\"occurredAt\": \"2025-11-17T09:00:00\"}",
            "{\"name\": \"Jo\", \"name\": \"Sam\"}"})
    void a_body_that_would_need_a_guess_is_refused(String json) {
        assertThatThrownBy(() -> JSON.readValue(json, Body.class)).isInstanceOf(tools.jackson.core.JacksonException.class);
    }

    @Test
    void an_empty_string_stays_a_string_for_validation_to_judge() {
        assertThat(JSON.readValue("{\"name\": \"\"}", Body.class).name()).isEmpty();
    }
}
