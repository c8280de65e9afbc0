package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * An informal concern the provider raised on the working day after the visit, handled by {@code handledBy}, who must
 * be independent of the visit (rule INFORMAL-CONCERN-NEXT-DAY).
 */
public record RecordInformalConcern(@TargetAggregateIdentifier String visitId,
                                    @TargetAggregateVersion Long expectedVersion, String summary, String handledBy,
                                    String outcome, Instant occurredAt) {
}
