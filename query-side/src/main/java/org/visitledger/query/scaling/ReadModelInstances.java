package org.visitledger.query.scaling;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The query-side instances that run each read model's processor, as rows in read_model_instance that each instance
 * refreshes while its processor runs. An instance counts from its first refresh, before it holds any segment,
 * which Axon's token table cannot show: a newcomer there is invisible until some segment is free for it to claim.
 * An instance that stops deletes its rows; one that dies stops counting once its rows are older than
 * {@code liveFor} (Axon's claim timeout, after which its segments are free too). Times are the database's.
 */
public class ReadModelInstances {

    /** Rows of instances gone for this long are deleted by whichever instance counts next. */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final String nodeId;
    private final Duration liveFor;
    private volatile boolean leaving;

    public ReadModelInstances(JdbcTemplate jdbc, String nodeId, Duration liveFor) {
        this.jdbc = jdbc;
        this.nodeId = nodeId;
        this.liveFor = liveFor;
    }

    private record Seen(String nodeId, OffsetDateTime at, OffsetDateTime now) {

        boolean within(Duration age) {
            return at.isAfter(now.minus(age));
        }
    }

    /**
     * This instance runs the read model's processor now (ignored once it is leaving; synchronized with
     * {@link #leave()} so that a refresh under way cannot put a row back after it).
     */
    public synchronized void running(String readModel) {
        if (leaving) {
            return;
        }
        if (jdbc.update("UPDATE read_model_instance SET seen_at = CURRENT_TIMESTAMP"
                + " WHERE read_model = ? AND node_id = ?", readModel, nodeId) == 0) {
            jdbc.update("INSERT INTO read_model_instance (read_model, node_id, seen_at)"
                    + " VALUES (?, ?, CURRENT_TIMESTAMP)", readModel, nodeId);
        }
    }

    /** This instance does not run the read model's processor (stopped, or not started yet). */
    public void notRunning(String readModel) {
        jdbc.update("DELETE FROM read_model_instance WHERE read_model = ? AND node_id = ?", readModel, nodeId);
    }

    /** How many instances, this one included, have said within {@code liveFor} that they run the read model. */
    public int live(String readModel) {
        return liveNodes(readModel).size();
    }

    /** How many other instances have said within {@code liveFor} that they run the read model. */
    public int othersRunning(String readModel) {
        return (int) liveNodes(readModel).stream().filter(node -> !node.equals(nodeId)).count();
    }

    private List<String> liveNodes(String readModel) {
        List<Seen> rows = jdbc.query(
                "SELECT node_id, seen_at, CURRENT_TIMESTAMP FROM read_model_instance WHERE read_model = ?",
                (rs, n) -> new Seen(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class)), readModel);
        // "seen_at <= ?": not if its instance came back since.
        rows.stream().filter(seen -> !seen.within(FORGET_AFTER)).forEach(gone -> jdbc.update(
                "DELETE FROM read_model_instance WHERE read_model = ? AND node_id = ? AND seen_at <= ?", readModel,
                gone.nodeId(), gone.at()));
        return rows.stream().filter(seen -> seen.within(liveFor)).map(Seen::nodeId).toList();
    }

    /** This instance is stopping: it stops counting for every read model at once and does not count again. */
    public synchronized void leave() {
        leaving = true;
        jdbc.update("DELETE FROM read_model_instance WHERE node_id = ?", nodeId);
    }
}
