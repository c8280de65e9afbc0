package org.visitledger.app.web;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * An H2 trigger that refuses every insert carrying a value that starts with {@link #PREFIX}: an event the read model
 * can never apply, as a NUL character is on PostgreSQL. (The PostgreSQL run installs the same refusal in PL/pgSQL.)
 */
public class PoisonTrigger implements Trigger {

    static final String PREFIX = "poison-";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (Arrays.stream(newRow).anyMatch(value -> value instanceof String text && text.startsWith(PREFIX))) {
            throw new SQLException("poisoned row refused");
        }
    }
}
