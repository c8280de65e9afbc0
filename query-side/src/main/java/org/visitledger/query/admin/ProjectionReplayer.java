package org.visitledger.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a read model from the event store while reads stay available: its tables are copied to
 * snapshots that readers use meanwhile, its processor's tokens are reset (the projection's reset handler
 * empties the live tables), and once the replay has caught up with the head readers go back to the live
 * tables and the snapshots are dropped.
 */
@Component
public class ProjectionReplayer {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayer.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelTables tables;
    private final ProjectionMonitor monitor;
    private final JdbcTemplate jdbc;
    private final Set<String> replaying = ConcurrentHashMap.newKeySet();

    public ProjectionReplayer(EventProcessingConfiguration processing, ReadModelTables tables,
                              ProjectionMonitor monitor, JdbcTemplate jdbc) {
        this.processing = processing;
        this.tables = tables;
        this.monitor = monitor;
        this.jdbc = jdbc;
    }

    public boolean isReplaying(String readModel) {
        return replaying.contains(readModel);
    }

    /** Starts the replay; false when this read model is already replaying. */
    public synchronized boolean replay(String readModel) {
        List<String> owned = ReadModelTables.TABLES_BY_READ_MODEL.get(readModel);
        StreamingEventProcessor processor = processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> UnknownReadModelException.of(readModel));
        if (owned == null) {
            throw UnknownReadModelException.of(readModel);
        }
        if (!replaying.add(readModel)) {
            return false;
        }
        for (String table : owned) {
            String snapshot = ReadModelTables.snapshotOf(table);
            jdbc.execute("DROP TABLE IF EXISTS " + snapshot);
            jdbc.execute("CREATE TABLE " + snapshot + " AS SELECT * FROM " + table);
        }
        tables.serveFromSnapshot(owned);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        log.info("Replaying read model {} from the start of the event store", readModel);
        return true;
    }

    /** Ends replays that have caught up: readers go back to the live tables. Never runs while a replay starts. */
    @Scheduled(fixedDelayString = "PT0.5S")
    synchronized void finishCaughtUpReplays() {
        if (replaying.isEmpty()) {
            return;
        }
        for (String readModel : List.copyOf(replaying)) {
            // Axon keeps a segment's ReplayToken until that segment sees a newer event, so "caught up" is judged
            // by position and completeness, not by the processor's replay flag.
            if (monitor.caughtUp(readModel)) {
                List<String> owned = ReadModelTables.TABLES_BY_READ_MODEL.get(readModel);
                tables.serveLive(owned);
                owned.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + ReadModelTables.snapshotOf(table)));
                replaying.remove(readModel);
                log.info("Replay of read model {} caught up at the head of the event store", readModel);
            }
        }
    }
}
