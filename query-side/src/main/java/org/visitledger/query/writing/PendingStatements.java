package org.visitledger.query.writing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements queued in one batch, run as few JDBC batches as the visits' order allows.
 * <p>
 * A statement's round is the number of statements queued before it for the same visit. Rounds run one after the
 * other, so a visit's n-th statement runs after its (n-1)-th; within a round each visit has at most one statement,
 * and equal statements (the same SQL) go to the database as one JDBC batch. A batch of events of many visits, each
 * with a few events, thus takes a few JDBC batches per kind of statement instead of a round trip per statement.
 */
public final class PendingStatements {

    /** Per round, the argument lists of each SQL statement, in the order the statements first appeared. */
    private final List<Map<String, List<Object[]>>> rounds = new ArrayList<>();
    private final Map<String, Integer> queuedPerVisit = new HashMap<>();

    /** Queues {@code sql} with {@code args} as a write to the rows of {@code visitId}. */
    public void add(String visitId, String sql, Object... args) {
        int round = queuedPerVisit.merge(visitId, 1, Integer::sum) - 1;
        if (round == rounds.size()) {
            rounds.add(new LinkedHashMap<>());
        }
        rounds.get(round).computeIfAbsent(sql, s -> new ArrayList<>()).add(args);
    }

    /** Runs every queued statement and forgets them. */
    public void execute(JdbcTemplate jdbc) {
        for (Map<String, List<Object[]>> round : rounds) {
            round.forEach(jdbc::batchUpdate);
        }
        rounds.clear();
        queuedPerVisit.clear();
    }
}
