package org.visitledger.query.consistency;

import org.springframework.jdbc.core.JdbcTemplate;

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
 * batch holds a run of consecutive sequence numbers per visit; only those above the stored version are new.
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
        sequencesByVisit.forEach((visitId, sequences) -> {
            if (consecutive(sequences)) {
                writeRun(visitId, sequences.get(0), sequences.get(sequences.size() - 1));
            } else {
                // Not expected from a processor; counted one by one so that nothing is miscounted if it happens.
                sequences.forEach(sequence -> writeRun(visitId, sequence, sequence));
            }
        });
        sequencesByVisit.clear();
    }

    /** Applies the run first..last: the events above the stored version are counted, and the version moves to last. */
    private void writeRun(String visitId, long first, long last) {
        int updated = jdbc.update("UPDATE read_model_version SET events_seen = events_seen + (? - GREATEST(version, ?)), "
                        + "version = ? WHERE processing_group = ? AND visit_id = ? AND version < ?",
                last, first - 1, last, processingGroup, visitId, last);
        if (updated == 0 && jdbc.queryForObject("SELECT COUNT(*) FROM read_model_version "
                + "WHERE processing_group = ? AND visit_id = ?", Integer.class, processingGroup, visitId) == 0) {
            jdbc.update("INSERT INTO read_model_version (processing_group, visit_id, version, events_seen) "
                    + "VALUES (?, ?, ?, ?)", processingGroup, visitId, last, last - first + 1);
        }
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
