package org.visitledger.rulebook;

import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;

/**
 * Inspectors must arrive within {@code hours} of the visit's creation (rule NFD-ARRIVAL-DUE; seed 002: the NFD
 * within 48 hours). {@code rule} is the text the deadline records; {@code ruleId} is the id it implements and is
 * never recorded.
 */
public record ArrivalDeadlineRule(DeadlineCode code, int hours, DeadlineOwner owner, String rule, String ruleId) {
}
