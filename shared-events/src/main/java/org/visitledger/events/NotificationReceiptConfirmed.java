package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The recipient confirmed receipt (the phone follow-up of EMAIL_THEN_PHONE). */
@Revision("1")
public record NotificationReceiptConfirmed(String visitId, String notificationId, Instant occurredAt) implements VisitEvent {
}
