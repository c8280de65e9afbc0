package org.visitledger.query.readmodel;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read models of this query side, as their projections declare them, and which copy of their tables readers
 * should use: the live table, or during a replay a snapshot of it taken before the replay started, so that reads stay
 * available (and unchanged) meanwhile.
 */
@Component
public class ReadModelTables {

    private final Map<String, ReadModel> byName = new TreeMap<>();
    private final Set<String> servedFromSnapshot = ConcurrentHashMap.newKeySet();

    public ReadModelTables(List<? extends ReadModelProjection> projections) {
        for (ReadModelProjection projection : projections) {
            ReadModel readModel = projection.readModel();
            if (byName.put(readModel.name(), readModel) != null) {
                throw new IllegalStateException("Two projections declare the read model " + readModel.name());
            }
        }
    }

    /** The read models' names, which are their processing groups (one pooled streaming processor each). */
    public Set<String> readModels() {
        return byName.keySet();
    }

    /** The tables the read model owns; empty for a name that is no read model here. */
    public Optional<List<String>> tablesOf(String readModel) {
        return Optional.ofNullable(byName.get(readModel)).map(ReadModel::tables);
    }

    /** The name readers should query for this table right now. */
    public String name(String table) {
        return servedFromSnapshot.contains(table) ? snapshotOf(table) : table;
    }

    public static String snapshotOf(String table) {
        return table + "_snapshot";
    }

    /**
     * Whether readers of this read model are served its replay's snapshot, which holds only what was there when the
     * replay began (events since then reach the live tables being rebuilt).
     */
    public boolean servesSnapshotOf(String readModel) {
        return tablesOf(readModel).map(owned -> owned.stream().anyMatch(servedFromSnapshot::contains)).orElse(false);
    }

    public void serveFromSnapshot(List<String> tables) {
        servedFromSnapshot.addAll(tables);
    }

    public void serveLive(List<String> tables) {
        servedFromSnapshot.removeAll(tables);
    }
}
