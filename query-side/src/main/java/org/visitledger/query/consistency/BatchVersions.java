package org.visitledger.query.consistency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.query.writing.PendingStatements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sequence numbers one batch of a read model's processor applied, per visit, written to read_model_version
 * in the batch's transaction just before it commits.
 * <p>
 * Events are delivered at least once: after a crash or a claim moving to another node, events already counted
 * arrive again, and must not be counted twice. A visit's events reach its read models in sequence order, so a
 * batch holds a run of consecutive sequence numbers per visit; only those above the stored version are new. The
 * statements of all visits go to the database as a few JDBC batches ({@link PendingStatements}).
 */
final class BatchVersions {

    /** PostgreSQL (15 and later) and H2 both take the standard MERGE; one statement per visit and batch. */
    private static final String RUN = "MERGE INTO read_model_version v USING (SELECT CAST(? AS VARCHAR(100)) AS "
            + "processing_group, CAST(? AS VARCHAR(100)) AS visit_id, CAST(? AS BIGINT) AS first_sequence, "
            + "CAST(? AS BIGINT) AS last_sequence) r "
            + "ON v.processing_group = r.processing_group AND v.visit_id = r.visit_id "
            + "WHEN MATCHED AND v.version < r.last_sequence THEN UPDATE SET "
            + "events_seen = v.events_seen + (r.last_sequence - GREATEST(v.version, r.first_sequence - 1)), "
            + "version = r.last_sequence "
            + "WHEN NOT MATCHED THEN INSERT (processing_group, visit_id, version, events_seen) "
            + "VALUES (r.processing_group, r.visit_id, r.last_sequence, r.last_sequence - r.first_sequence + 1)";

    private final JdbcTemplate jdbc;
    private final String processingGroup;
    private final Map<String, List<Long>> sequencesByVisit = new LinkedHashMap<>();

    BatchVersions(JdbcTemplate jdbc, String processingGroup) {
        this.jdbc = jdbc;
        this.processingGroup = processingGroup;
    }

    void add(String visitId, long sequence) {
        sequencesByVisit.computeIfAbsent(visitId, id -> new ArrayList<>()).add(sequence);
    }

    void write() {
        PendingStatements statements = new PendingStatements();
        sequencesByVisit.forEach((visitId, sequences) -> {
            if (consecutive(sequences)) {
                addRun(statements, visitId, sequences.get(0), sequences.get(sequences.size() - 1));
            } else {
                // Not expected from a processor; counted one by one so that nothing is miscounted if it happens.
                sequences.forEach(sequence -> addRun(statements, visitId, sequence, sequence));
            }
        });
        statements.execute(jdbc);
        sequencesByVisit.clear();
    }

    /**
     * Applies the run first..last in one statement: a visit new to the read model gets a row that has seen the run;
     * a known visit counts the events above its stored version, and its version moves to last.
     */
    private void addRun(PendingStatements statements, String visitId, long first, long last) {
        statements.add(visitId, RUN, processingGroup, visitId, first, last);
    }

    private static boolean consecutive(List<Long> sequences) {
        for (int i = 1; i < sequences.size(); i++) {
            if (sequences.get(i) != sequences.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
