package org.visitledger.query.admin;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which tables each read model owns, and which copy readers should use: the live table, or during a replay
 * a snapshot of it taken before the replay started, so that reads stay available (and unchanged) meanwhile.
 */
@Component
public class ReadModelTables {

    static final Map<String, List<String>> TABLES_BY_READ_MODEL = Map.of(
            "visit-summary", List.of("visit_summary"),
            "notification-log", List.of("notification_log"),
            "deadline-dashboard", List.of("deadline_row", "deadline_visit"));

    /** The read models' processing groups (one pooled streaming processor each). */
    public static Set<String> readModels() {
        return TABLES_BY_READ_MODEL.keySet();
    }

    private final Set<String> servedFromSnapshot = ConcurrentHashMap.newKeySet();

    /** The name readers should query for this table right now. */
    public String name(String table) {
        return servedFromSnapshot.contains(table) ? snapshotOf(table) : table;
    }

    static String snapshotOf(String table) {
        return table + "_snapshot";
    }

    void serveFromSnapshot(List<String> tables) {
        servedFromSnapshot.addAll(tables);
    }

    void serveLive(List<String> tables) {
        servedFromSnapshot.removeAll(tables);
    }
}
