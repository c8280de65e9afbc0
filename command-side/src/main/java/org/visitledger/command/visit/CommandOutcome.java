package org.visitledger.command.visit;

import org.axonframework.modelling.command.AggregateLifecycle;

/** What a command handler answers: the visit's version after it and the id of anything it created. */
public record CommandOutcome(long version, String createdId) {

    /** Called at the end of a handler, after its events were applied. */
    static CommandOutcome of(String createdId) {
        return new CommandOutcome(AggregateLifecycle.getVersion(), createdId);
    }
}
