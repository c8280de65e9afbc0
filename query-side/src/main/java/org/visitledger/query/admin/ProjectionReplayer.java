package org.visitledger.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.visitledger.problems.Problems;
import org.visitledger.query.readmodel.ReadModelTables;

import java.time.Duration;
import java.time.Instant;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a read model from the event store while reads stay available: its tables are copied to
 * snapshots that readers use meanwhile, its processor's tokens are reset (the projection's reset handler
 * empties the live tables), and once the replay has caught up with the head readers go back to the live
 * tables and the snapshots are dropped. Axon resets a processor's tokens only if it can claim every segment, so a
 * replay starts only while no other query-side instance runs the read model (split deployment); otherwise it is
 * refused, 409, and nothing changes.
 * <p>
 * The snapshots are also the replay's record that survives a crash: a query side that starts and finds every snapshot
 * table of a read model knows that a rebuild of it was under way, serves the snapshots and reports it replaying until
 * the rebuild has caught up (issue 19, defect 6: after a kill -9 mid-replay the half-rebuilt tables were served as
 * complete).
 */
@Component
public class ProjectionReplayer {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayer.class);
    /** Longer than any read takes between choosing its table and querying it. */
    static final Duration SNAPSHOT_GRACE = Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final ReadModelTables tables;
    private final ProjectionMonitor monitor;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<OtherInstances> otherInstances;
    private final Set<String> replaying = ConcurrentHashMap.newKeySet();
    /** Snapshots readers no longer use, and when to drop them. */
    private final Map<String, Instant> snapshotsToDrop = new ConcurrentHashMap<>();

    public ProjectionReplayer(EventProcessingConfiguration processing, ReadModelTables tables,
                              ProjectionMonitor monitor, JdbcTemplate jdbc,
                              ObjectProvider<OtherInstances> otherInstances) {
        this.processing = processing;
        this.tables = tables;
        this.monitor = monitor;
        this.jdbc = jdbc;
        this.otherInstances = otherInstances;
    }

    /**
     * Before the processors start and before the web server takes requests: picks up the replays that were under way
     * when the process stopped. A read model with only some of its snapshots was stopped while they were being taken,
     * before its tokens were reset: its live tables are whole, and the partial snapshots are dropped.
     */
    @PostConstruct
    public synchronized void resumeInterruptedReplays() {
        for (String readModel : tables.readModels()) {
            List<String> owned = tables.tablesOf(readModel).orElseThrow();
            long snapshots = owned.stream().filter(table -> exists(ReadModelTables.snapshotOf(table))).count();
            if (snapshots == owned.size()) {
                replaying.add(readModel);
                tables.serveFromSnapshot(owned);
                log.warn("Read model {} was being rebuilt when the application stopped: readers use its snapshot "
                        + "until the rebuild has caught up", readModel);
            } else if (snapshots > 0) {
                owned.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + ReadModelTables.snapshotOf(table)));
            }
        }
    }

    /**
     * Whether the table is in the connection's schema, asked of the database's catalogue: a query of a missing table
     * would be an error, which H2 writes to a trace file at every start.
     */
    private boolean exists(String table) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
            for (String name : new String[]{table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), name,
                        new String[]{"TABLE"})) {
                    if (found.next()) {
                        return true;
                    }
                }
            }
            return false;
        }));
    }

    public boolean isReplaying(String readModel) {
        return replaying.contains(readModel);
    }

    /** Starts the replay; false when this read model is already replaying. */
    public synchronized boolean replay(String readModel) {
        List<String> owned = tables.tablesOf(readModel).orElseThrow(() -> UnknownReadModelException.of(readModel));
        StreamingEventProcessor processor = processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> UnknownReadModelException.of(readModel));
        if (replaying.contains(readModel)) {
            return false;
        }
        int others = otherInstances.stream().mapToInt(instances -> instances.count(readModel)).sum();
        if (others > 0) {
            throw needsOneInstance(readModel, others + " other query-side instance(s) run it");
        }
        replaying.add(readModel);
        for (String table : owned) {
            String snapshot = ReadModelTables.snapshotOf(table);
            snapshotsToDrop.remove(snapshot);
            jdbc.execute("DROP TABLE IF EXISTS " + snapshot);
            jdbc.execute("CREATE TABLE " + snapshot + " AS SELECT * FROM " + table);
        }
        tables.serveFromSnapshot(owned);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (RuntimeException resetFailed) {
            // Axon's reset rolled back before touching the read model (another instance took a segment meanwhile,
            // or the database went away): go on as before rather than stay stopped.
            processor.start();
            serveLive(readModel);
            throw resetFailed instanceof UnableToClaimTokenException
                    ? needsOneInstance(readModel, "another query-side instance holds one of its segments")
                    : resetFailed;
        }
        processor.start();
        log.info("Replaying read model {} from the start of the event store", readModel);
        return true;
    }

    private static RuntimeException needsOneInstance(String readModel, String why) {
        return Problems.thrown(HttpStatus.CONFLICT, "replay-needs-one-instance",
                "Replay needs this read model on one instance",
                "Read model " + readModel + " cannot be rebuilt here: " + why + ". A rebuild resets the tokens of "
                        + "every segment; stop the other query-side instances, replay, then start them again");
    }

    /**
     * Readers go back to the live tables. The snapshots are dropped a little later ({@link #SNAPSHOT_GRACE}): a read
     * that chose the snapshot an instant before the switch still finds it (dropped at once, it was a 500).
     */
    private void serveLive(String readModel) {
        List<String> owned = tables.tablesOf(readModel).orElseThrow();
        tables.serveLive(owned);
        Instant dropAt = Instant.now().plus(SNAPSHOT_GRACE);
        owned.forEach(table -> snapshotsToDrop.put(ReadModelTables.snapshotOf(table), dropAt));
        replaying.remove(readModel);
    }

    /** Ends replays that have caught up: readers go back to the live tables. Never runs while a replay starts. */
    @Scheduled(fixedDelayString = "PT0.5S")
    synchronized void finishCaughtUpReplays() {
        snapshotsToDrop.forEach((snapshot, dropAt) -> {
            if (Instant.now().isAfter(dropAt) && snapshotsToDrop.remove(snapshot, dropAt)) {
                jdbc.execute("DROP TABLE IF EXISTS " + snapshot);
            }
        });
        if (replaying.isEmpty()) {
            return;
        }
        for (String readModel : List.copyOf(replaying)) {
            // Axon keeps a segment's ReplayToken until that segment sees a newer event, so "caught up" is judged
            // by position and completeness, not by the processor's replay flag.
            if (monitor.caughtUp(readModel)) {
                serveLive(readModel);
                log.info("Replay of read model {} caught up at the head of the event store", readModel);
            }
        }
    }
}
