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
            // A visit new to the read model gets a row that has seen nothing up to just before the batch's first event.
            statements.add(visitId, "INSERT INTO read_model_version (processing_group, visit_id, version, events_seen) "
                            + "SELECT ?, ?, ?, 0 WHERE NOT EXISTS "
                            + "(SELECT 1 FROM read_model_version WHERE processing_group = ? AND visit_id = ?)",
                    processingGroup, visitId, sequences.get(0) - 1, processingGroup, visitId);
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

    /** Applies the run first..last: the events above the stored version are counted, and the version moves to last. */
    private void addRun(PendingStatements statements, String visitId, long first, long last) {
        statements.add(visitId, "UPDATE read_model_version SET events_seen = events_seen + (? - GREATEST(version, ?)), "
                        + "version = ? WHERE processing_group = ? AND visit_id = ? AND version < ?",
                last, first - 1, last, processingGroup, visitId, last);
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
