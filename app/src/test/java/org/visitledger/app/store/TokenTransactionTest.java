package org.visitledger.app.store;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.visitledger.app.RunningApp;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A read model's batch and its token are one transaction: the rows a batch writes and the position it records are
 * committed together or not at all, so a crash between them can neither skip events nor leave the position behind
 * rows it already wrote. The token store writes through the connection Spring's transaction manager has bound, the
 * same one the read models' JDBC writes use; these tests fail if it took a connection of its own.
 */
class TokenTransactionTest extends RunningApp {

    @Autowired
    private TokenStore tokens;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private TransactionManager axonTransactions;

    private TransactionTemplate transaction;
    private String processor;

    @BeforeEach
    void claimOwnSegment() {
        transaction = new TransactionTemplate(transactionManager);
        processor = "token-transaction-test-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> tokens.initializeTokenSegments(processor, 1));
        transaction.executeWithoutResult(status -> tokens.fetchToken(processor, 0));
    }

    /** The tests share the application's database with others: leave no token or version row behind. */
    @AfterEach
    void removeOwnRows() {
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
        jdbc.update("DELETE FROM read_model_version WHERE processing_group = ?", processor);
    }

    @Test
    void a_token_stored_in_a_transaction_that_rolls_back_is_not_stored() {
        transaction.executeWithoutResult(status -> {
            tokens.storeToken(new GlobalSequenceTrackingToken(41), processor, 0);
            status.setRollbackOnly();
        });

        assertThat(storedToken()).isNull();
    }

    @Test
    void a_token_and_the_rows_written_with_it_commit_together_and_roll_back_together() {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            markVisit(rolledBack);
            tokens.storeToken(new GlobalSequenceTrackingToken(41), processor, 0);
            status.setRollbackOnly();
        });
        assertThat(storedToken()).isNull();
        assertThat(marked(rolledBack)).isZero();

        String committed = "committed-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            markVisit(committed);
            tokens.storeToken(new GlobalSequenceTrackingToken(42), processor, 0);
        });
        assertThat(storedToken()).isEqualTo(new GlobalSequenceTrackingToken(42));
        assertThat(marked(committed)).isEqualTo(1);
    }

    @Test
    void a_batch_that_fails_after_storing_its_token_keeps_neither_its_token_nor_its_rows() {
        String visitId = "failed-batch-" + UUID.randomUUID();
        UnitOfWork<?> batch = batchStoringToken(41);
        batch.onPrepareCommit(unit -> {
            throw new IllegalStateException("a step after the token failed");
        });

        assertThatThrownBy(() -> batch.execute(() -> markVisit(visitId))).hasMessageContaining("after the token failed");

        assertThat(storedToken()).isNull();
        assertThat(marked(visitId)).isZero();
    }

    @Test
    void a_batch_that_commits_keeps_its_token_and_its_rows() {
        String visitId = "committed-batch-" + UUID.randomUUID();
        UnitOfWork<?> batch = batchStoringToken(42);

        batch.execute(() -> markVisit(visitId));

        assertThat(storedToken()).isEqualTo(new GlobalSequenceTrackingToken(42));
        assertThat(marked(visitId)).isEqualTo(1);
    }

    /**
     * A unit of work as a processor's batch runs: the transaction attached, the handlers' writes during execution,
     * the token stored when it prepares to commit.
     */
    private UnitOfWork<?> batchStoringToken(long position) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        batch.attachTransaction(axonTransactions);
        batch.onPrepareCommit(unit -> tokens.storeToken(new GlobalSequenceTrackingToken(position), processor, 0));
        return batch;
    }

    /** A row as a read model's batch writes one: its version row for a visit. */
    private void markVisit(String visitId) {
        jdbc.update("INSERT INTO read_model_version (processing_group, visit_id, version, events_seen) VALUES (?, ?, 1, 1)",
                processor, visitId);
    }

    private int marked(String visitId) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM read_model_version WHERE processing_group = ? AND visit_id = ?", Integer.class, processor, visitId);
        return rows == null ? 0 : rows;
    }

    private TrackingToken storedToken() {
        return transaction.execute(status -> tokens.fetchToken(processor, 0));
    }
}
