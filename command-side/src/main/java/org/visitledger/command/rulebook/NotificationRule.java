package org.visitledger.command.rulebook;

import org.visitledger.events.NotificationChannel;

/** A notification required at announcement, due by the end of the announcement day. */
public record NotificationRule(String recipient, NotificationChannel channel, String purpose, String rule) {
}
