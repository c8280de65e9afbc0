package org.visitledger.query.writing;

import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/**
 * Where a read model's batch puts the visits whose events it could not apply, so that the rest of the batch commits:
 * the read model's dead-letter queue ({@code org.visitledger.query.deadletters}). A batch without one fails whole.
 */
public interface FailedVisits {

    /**
     * Whether {@code failure} belongs to what was written (an event the read model cannot take: park its visit) rather
     * than to the database at this moment (a lost connection, a lock timeout: the whole batch is tried again).
     */
    boolean parks(Throwable failure);

    /** Parks the visit's {@code events} of the batch, in their order, because of {@code cause}. */
    void park(String visitId, List<EventMessage<?>> events, Throwable cause);
}
