package org.visitledger.query.writing;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;

/**
 * Work undone on its own inside the transaction that holds it. On PostgreSQL a failed statement aborts the whole
 * transaction; rolled back to a savepoint taken before it, the transaction goes on as if it had never been tried.
 */
public final class Savepoints {

    private Savepoints() {
    }

    /** Runs {@code work} on the transaction's connection; if it throws, what it wrote is undone and it rethrows. */
    public static void run(DataSource dataSource, Runnable work) {
        Held savepoint = take(dataSource);
        try {
            work.run();
        } catch (RuntimeException | Error failure) {
            savepoint.rollBack();
            throw failure;
        }
        savepoint.release();
    }

    /** A savepoint on the transaction's connection, to be released or rolled back (either ends it). */
    public static Held take(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new Held(dataSource, connection, connection.setSavepoint());
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new DataAccessResourceFailureException("Savepoint failed", e);
        }
    }

    /** A savepoint taken by {@link #take}. */
    public record Held(DataSource dataSource, Connection connection, Savepoint savepoint) {

        /** Keeps what was written since the savepoint. */
        public void release() {
            end(() -> connection.releaseSavepoint(savepoint));
        }

        /** Undoes what was written since the savepoint. */
        public void rollBack() {
            end(() -> connection.rollback(savepoint));
        }

        private void end(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Savepoint failed", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}
