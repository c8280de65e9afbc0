package org.visitledger.command.rulebook;

import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;

/** "Within {@code workingDays} working days of the day {@code startsAt} happened", owed by {@code owner}. */
public record DeadlineRule(DeadlineCode code, DeadlineTrigger startsAt, int workingDays, DeadlineOwner owner,
                           boolean window, String rule) {
}
