package org.visitledger.app.web;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An H2 trigger that makes a read model's insert fail the first time it carries a marker value, as a conflict
 * would (a transient failure: SQL state 40001), and succeed afterwards. It counts every attempt per marker.
 */
public class FailOnceTrigger implements Trigger {

    static final String MARKER_PREFIX = "fail-once-";
    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    static int attempts(String marker) {
        AtomicInteger attempts = ATTEMPTS.get(marker);
        return attempts == null ? 0 : attempts.get();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String marker = Arrays.stream(newRow).filter(value -> value instanceof String text
                && text.startsWith(MARKER_PREFIX)).map(String.class::cast).findFirst().orElse(null);
        if (marker != null && ATTEMPTS.computeIfAbsent(marker, m -> new AtomicInteger()).incrementAndGet() == 1) {
            throw new SQLTransactionRollbackException("injected failure for " + marker, "40001");
        }
    }
}
