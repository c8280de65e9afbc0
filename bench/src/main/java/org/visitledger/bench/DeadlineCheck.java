package org.visitledger.bench;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command must have done to a visit's rows of the deadline dashboard ({@code GET /api/deadlines?visitId=}),
 * so that seeing it proves the query side has applied that command: a deadline it started is listed, a deadline it
 * met shows MET or MET_LATE. A command recording several events is checked on all of them, as a projection may
 * apply them in different batches.
 */
record DeadlineCheck(List<Condition> conditions) {

    enum Expect { LISTED, MET }

    record Condition(String code, Expect expect) {
    }

    static DeadlineCheck listed(String... codes) {
        return new DeadlineCheck(List.of()).andListed(codes);
    }

    static DeadlineCheck met(String... codes) {
        return new DeadlineCheck(List.of()).andMet(codes);
    }

    DeadlineCheck andListed(String... codes) {
        return with(Expect.LISTED, codes);
    }

    DeadlineCheck andMet(String... codes) {
        return with(Expect.MET, codes);
    }

    private DeadlineCheck with(Expect expect, String... codes) {
        List<Condition> all = new ArrayList<>(conditions);
        for (String code : codes) {
            all.add(new Condition(code, expect));
        }
        return new DeadlineCheck(List.copyOf(all));
    }

    /** {@code page} is the dashboard's answer {@code {"items": [{code, status, ...}], ...}}. */
    boolean isSatisfiedBy(JsonNode page) {
        JsonNode items = page.path("items");
        return conditions.stream().allMatch(condition -> {
            for (JsonNode row : items.values()) {
                if (condition.code().equals(row.path("code").asString(""))
                        && (condition.expect() == Expect.LISTED || row.path("status").asString("").startsWith("MET"))) {
                    return true;
                }
            }
            return false;
        });
    }
}
