package org.visitledger.command.rulebook;

import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;

/** Inspectors must arrive within {@code hours} of the visit's creation (seed 002: the NFD within 48 hours). */
public record ArrivalDeadlineRule(DeadlineCode code, int hours, DeadlineOwner owner, String rule) {
}
