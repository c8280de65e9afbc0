package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The recipient confirmed receipt of a notification by phone. {@code expectedVersion} (from If-Match) is checked by Axon; null means any. */
public record ConfirmNotificationReceipt(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String notificationId,
                 Instant occurredAt) {
}
