package org.visitledger.command.rulebook;

import org.visitledger.events.NotificationChannel;

/**
 * A notification a milestone requires. {@code recipient} is a kind the visit resolves ({@code PROVIDER},
 * {@code EACH_PLACING_AUTHORITY}: one notification per placing authority, {@code DCS}: the director of children's
 * services of the provider's local authority) or a recipient named as is (e.g. "Department for Education").
 */
public record NotificationRule(String recipient, NotificationChannel channel, String purpose, String rule) {
}
