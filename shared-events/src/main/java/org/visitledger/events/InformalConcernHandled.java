package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * On the working day after the visit the provider raised an informal concern about the visit's process or outcome,
 * and {@code handledBy}, someone independent of the visit, discussed it (seed 004; rule INFORMAL-CONCERN-NEXT-DAY).
 */
@Revision("1")
public record InformalConcernHandled(String visitId, String informalConcernId, String summary, String handledBy,
                                     String outcome, Instant occurredAt) implements VisitEvent {
}
