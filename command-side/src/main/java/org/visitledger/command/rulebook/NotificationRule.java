package org.visitledger.command.rulebook;

import org.visitledger.events.NotificationChannel;

/**
 * A notification a milestone requires (rule NOTIFY-REQUIRED). {@code recipient} is a kind the visit resolves
 * ({@code PROVIDER}, {@code EACH_PLACING_AUTHORITY}: one notification per placing authority, {@code DCS}: the
 * director of children's services of the provider's local authority) or a recipient named as is (e.g. "Department
 * for Education"). {@code ruleId} names the notification's rule (e.g. NOTIFY-ARRANGEMENTS-LETTER) and is never
 * recorded.
 */
public record NotificationRule(String recipient, NotificationChannel channel, String purpose, String rule,
                               String ruleId) {
}
