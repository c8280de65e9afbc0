package org.visitledger.deadletters;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Why an event was parked, as the dead-letter queue stores it: the failure's type and message (and its root cause's),
 * without control characters: the message of a failure may quote the text that caused it, and the queue is a
 * database table too.
 */
public final class ParkingCause extends RuntimeException {

    /** The queue's cause column holds 1023 characters; a database's message may quote a whole batch statement. */
    private static final int MAX_LENGTH = 1000;

    private ParkingCause(String message) {
        super(message, null, false, false);
    }

    /** The deepest cause first (the database's own words), then the failure that carried it. */
    public static ParkingCause of(Throwable failure) {
        if (failure instanceof ParkingCause cause) {
            return cause;
        }
        Throwable root = rootOf(failure);
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        if (root != failure) {
            text = text + " (in " + failure.getClass().getName() + ")";
        }
        text = text.replaceAll("\\p{Cntrl}", " ");
        return new ParkingCause(text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…");
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (true) {
            Throwable next = root.getCause();
            if (next == null && root instanceof SQLException sql) {
                // A JDBC batch's failure names the statement; the database's reason is the next exception.
                next = sql.getNextException();
            }
            if (next == null || next == root) {
                return root;
            }
            root = next;
        }
    }

    /** Throws {@code failure} on (unchecked) when it is one of the moment: the batch fails and is tried again. */
    public static void requireParkable(Throwable failure) {
        if (!parks(failure)) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    /**
     * Whether the failure belongs to the event and its writes (park the visit) rather than to the database at this
     * moment (a lost connection, a lock or serialisation conflict: try the batch again, as before the queue existed).
     */
    public static boolean parks(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return false;
            }
        }
        return true;
    }
}
