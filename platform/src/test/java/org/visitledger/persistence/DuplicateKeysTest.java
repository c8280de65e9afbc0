package org.visitledger.persistence;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeysTest {

    private final DuplicateKeys duplicateKeys = new DuplicateKeys();

    @Test
    void h2sDuplicateKeyIsOne() {
        Exception h2 = new SQLIntegrityConstraintViolationException("Unique index or primary key violation", "23505",
                23505);
        assertThat(duplicateKeys.isDuplicateKeyViolation(new RuntimeException("append failed", h2))).isTrue();
    }

    @Test
    void postgresqlsUniqueViolationInsideABatchIsOne() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(duplicateKeys.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();

        BatchUpdateException stateOnlyInside = new BatchUpdateException("Batch entry 0 was aborted", null, 0,
                new int[0]);
        stateOnlyInside.setNextException(new SQLException("duplicate key", "23505"));
        assertThat(duplicateKeys.isDuplicateKeyViolation(stateOnlyInside)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(duplicateKeys.isDuplicateKeyViolation(new SQLException("null value in column", "23502"))).isFalse();
        assertThat(duplicateKeys.isDuplicateKeyViolation(new SQLException("connection lost", "08006"))).isFalse();
        assertThat(duplicateKeys.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
