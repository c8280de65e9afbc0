package org.visitledger.bench;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineCheckTest {

    private static JsonNode page(String items) {
        return JsonMapper.builder().build().readTree("{\"items\": [" + items + "], \"page\": 0, \"size\": 100, \"total\": 2}");
    }

    private static String row(String code, String status) {
        return "{\"visitId\": \"v\", \"code\": \"" + code + "\", \"status\": \"" + status + "\"}";
    }

    @Test
    void listed_needs_a_row_of_the_code_in_any_status() {
        DeadlineCheck check = DeadlineCheck.listed("ANNEX_A_RETURN");
        assertFalse(check.isSatisfiedBy(page("")));
        assertTrue(check.isSatisfiedBy(page(row("ANNEX_A_RETURN", "OVERDUE"))));
    }

    @Test
    void met_accepts_met_and_met_late_only() {
        DeadlineCheck check = DeadlineCheck.met("QA_SUBMISSION");
        assertFalse(check.isSatisfiedBy(page(row("QA_SUBMISSION", "OPEN"))));
        assertFalse(check.isSatisfiedBy(page(row("DRAFT_REPORT", "MET"))));
        assertTrue(check.isSatisfiedBy(page(row("QA_SUBMISSION", "MET"))));
        assertTrue(check.isSatisfiedBy(page(row("QA_SUBMISSION", "MET_LATE"))));
    }

    @Test
    void every_condition_must_hold() {
        DeadlineCheck check = DeadlineCheck.met("DRAFT_REPORT").andListed("PROVIDER_COMMENTS");
        assertFalse(check.isSatisfiedBy(page(row("DRAFT_REPORT", "MET"))));
        assertTrue(check.isSatisfiedBy(page(row("DRAFT_REPORT", "MET") + "," + row("PROVIDER_COMMENTS", "OPEN"))));
    }
}
