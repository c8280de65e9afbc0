package org.visitledger.rulebook;

import org.visitledger.events.NotificationChannel;

/**
 * A notification a milestone requires (rule NOTIFY-REQUIRED). {@code recipient} is a kind the visit resolves
 * ({@code PROVIDER}, {@code EACH_PLACING_AUTHORITY}: one notification per placing authority, {@code DCS}: the
 * director of children's services of the provider's local authority; for a council inspected, {@code LEAD_MEMBER},
 * {@code LSCB_CHAIR}, {@code CHIEF_EXECUTIVE} of its authority) or a recipient named as is (e.g. "Department
 * for Education"). {@code ruleId} names the notification's rule (e.g. NOTIFY-ARRANGEMENTS-LETTER) and is never
 * recorded. It is due when its milestone says (usually the end of that day or of the next working day), unless it
 * gives {@code dueWorkingDays} (the end of that many working days after the milestone's day) or {@code dueAtOnce}
 * (due the moment it is required: rule LA-RISK-OF-HARM).
 */
public record NotificationRule(String recipient, NotificationChannel channel, String purpose, String rule,
                               String ruleId, Integer dueWorkingDays, Boolean dueAtOnce) {

    public NotificationRule {
        dueAtOnce = Boolean.TRUE.equals(dueAtOnce);
    }
}
