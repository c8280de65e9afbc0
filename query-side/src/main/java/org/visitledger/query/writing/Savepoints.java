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
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                work.run();
            } catch (RuntimeException | Error failure) {
                connection.rollback(savepoint);
                throw failure;
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Savepoint failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
