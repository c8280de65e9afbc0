package org.visitledger.query.readmodel;

import java.util.List;

/**
 * What a read model is to the rest of the query side: its name, which is also its processing group and the name of
 * its pooled streaming processor, and the tables it owns (emptied by its reset handler, copied aside during a replay).
 */
public record ReadModel(String name, List<String> tables) {

    public ReadModel {
        tables = List.copyOf(tables);
    }
}
