package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** A required notification was sent. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record RecordNotificationSent(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String notificationId,
                 Instant occurredAt) {
}
