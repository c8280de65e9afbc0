package org.visitledger.persistence;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed on a duplicate key: two commands appending the same sequence number of a visit,
 * which Axon then reports as a concurrent change (409). The SQL state is 23505 on H2 and on PostgreSQL alike, also
 * inside a batch's exception. Axon's own resolvers either need JPA on the class path or miss PostgreSQL's exceptions.
 */
final class DuplicateKeys implements PersistenceExceptionResolver {

    /** SQL state "unique violation" (PostgreSQL's name; H2's duplicate key has the same). */
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
