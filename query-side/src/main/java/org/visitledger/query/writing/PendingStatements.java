package org.visitledger.query.writing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * The statements queued in one batch, run as few JDBC batches as the visits' order allows.
 * <p>
 * A statement's round is the number of statements queued before it for the same visit. Rounds run one after the
 * other, so a visit's n-th statement runs after its (n-1)-th; within a round each visit has at most one statement,
 * and equal statements (the same SQL) go to the database as one JDBC batch. A batch of events of many visits, each
 * with a few events, thus takes a few JDBC batches per kind of statement instead of a round trip per statement.
 * <p>
 * A statement queued with a merge ({@link #addMerging}) right after an equal one of the same visit replaces it
 * instead: the merge gives the arguments of one statement that leaves the rows as the two would, one after the other.
 * <p>
 * Each statement remembers its visit, so that the statements of some visits can run without the others' (a batch
 * that failed is written again visit by visit to find the visit that fails it: {@link BatchCommit}).
 */
public final class PendingStatements {

    /** Per round, the statements of each SQL text, in the order the texts first appeared. */
    private final List<Map<String, List<Queued>>> rounds = new ArrayList<>();
    private final Map<String, Visit> visits = new HashMap<>();

    /** Queues {@code sql} with {@code args} as a write to the rows of {@code visitId}. */
    public void add(String visitId, String sql, Object... args) {
        queue(visitId, sql, false, args);
    }

    /**
     * Queues {@code sql} with {@code args} as {@link #add} does, unless the visit's last queued statement is the same
     * SQL, also queued by this method: then that statement takes {@code merge.apply(itsArgs, args)} and runs once.
     * The merge must return arguments that change the rows exactly as the two statements would in turn, or null where
     * the two cannot be one statement (both are then queued).
     */
    public void addMerging(String visitId, String sql, BinaryOperator<Object[]> merge, Object... args) {
        Visit visit = visits.get(visitId);
        if (visit != null && visit.lastMergeable && visit.lastSql.equals(sql)) {
            Object[] merged = merge.apply(visit.lastArgs.clone(), args);
            if (merged != null) {
                // The queued array is replaced in place: it is the one the round's list holds.
                System.arraycopy(merged, 0, visit.lastArgs, 0, visit.lastArgs.length);
                return;
            }
        }
        queue(visitId, sql, true, args);
    }

    private void queue(String visitId, String sql, boolean mergeable, Object[] args) {
        Visit visit = visits.computeIfAbsent(visitId, id -> new Visit());
        int round = visit.queued++;
        if (round == rounds.size()) {
            rounds.add(new LinkedHashMap<>());
        }
        Object[] queued = args.clone();
        rounds.get(round).computeIfAbsent(sql, s -> new ArrayList<>()).add(new Queued(visitId, queued));
        visit.lastSql = sql;
        visit.lastArgs = queued;
        visit.lastMergeable = mergeable;
    }

    /** The visits with statements queued. */
    public Set<String> visits() {
        return visits.keySet();
    }

    /** Runs every queued statement. */
    public void execute(JdbcTemplate jdbc) {
        execute(jdbc, visit -> true);
    }

    /** Runs the queued statements of the visits {@code included} accepts, each visit's in the order queued. */
    public void execute(JdbcTemplate jdbc, Predicate<String> included) {
        for (Map<String, List<Queued>> round : rounds) {
            round.forEach((sql, statements) -> {
                List<Object[]> args = new ArrayList<>(statements.size());
                for (Queued statement : statements) {
                    if (included.test(statement.visitId())) {
                        args.add(statement.args());
                    }
                }
                if (!args.isEmpty()) {
                    jdbc.batchUpdate(sql, args);
                }
            });
        }
    }

    /** Forgets every queued statement. */
    public void clear() {
        rounds.clear();
        visits.clear();
    }

    private record Queued(String visitId, Object[] args) {
    }

    /** What is queued for one visit: how many statements, and the last one. */
    private static final class Visit {
        private int queued;
        private String lastSql;
        private Object[] lastArgs;
        /** Queued by {@link #addMerging}, so a next equal statement of that method may merge into it. */
        private boolean lastMergeable;
    }
}
