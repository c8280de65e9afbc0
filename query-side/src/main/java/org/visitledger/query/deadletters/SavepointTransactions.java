package org.visitledger.query.deadletters;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.visitledger.query.writing.Savepoints;

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
        Savepoints.Held savepoint = Savepoints.take(dataSource);
        return new Transaction() {
            @Override
            public void commit() {
                savepoint.release();
            }

            @Override
            public void rollback() {
                savepoint.rollBack();
            }
        };
    }
}
