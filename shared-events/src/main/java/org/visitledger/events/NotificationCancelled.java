package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A required notification not yet sent will not be: its visit ended by a side exit (deferral, withdrawal, ...). */
@Revision("1")
public record NotificationCancelled(String visitId, String notificationId, String reason, Instant occurredAt)
        implements VisitEvent {
}
