package org.visitledger.query.writing;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a processor's batch gathers while its handlers run and writes once, in the batch's transaction just before
 * it commits: one instance per key and batch (the current unit of work's root), created on first use.
 */
public final class AtBatchCommit {

    private AtBatchCommit() {
    }

    /** The batch's instance under {@code key}; the first call creates it and has {@code write} run at prepare-commit. */
    public static <T> T resource(String key, Supplier<T> create, Consumer<T> write) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(key, k -> {
            T resource = create.get();
            batch.onPrepareCommit(u -> write.accept(resource));
            return resource;
        });
    }
}
