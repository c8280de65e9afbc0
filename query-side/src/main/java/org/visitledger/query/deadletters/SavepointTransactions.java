package org.visitledger.query.deadletters;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;

/**
 * Transactions for retrying dead letters: a retry is one transaction, and each letter in it a savepoint, so that a
 * letter whose writes fail (on PostgreSQL, a failed statement aborts the transaction) is undone alone, stays in the
 * queue with its cause, and the retry still commits what it did before it.
 */
final class SavepointTransactions implements TransactionManager {

    private final TransactionManager transactions;
    private final DataSource dataSource;

    SavepointTransactions(TransactionManager transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return transactions.startTransaction();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            return new Transaction() {
                @Override
                public void commit() {
                    end(connection, () -> connection.releaseSavepoint(savepoint));
                }

                @Override
                public void rollback() {
                    end(connection, () -> connection.rollback(savepoint));
                }
            };
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Savepoint failed", e);
        }
    }

    private void end(Connection connection, SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Savepoint failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}
