package org.visitledger.command.rulebook;

import java.time.LocalTime;
import java.util.List;

/**
 * Annex A is due at a wall-clock time (Europe/London) on the announcement day, with these items (rules
 * ANNEX-A-DUE, ANNEX-A-SCH-ITEMS). {@code rule} is the text the deadline records; {@code ruleId} is the id it
 * implements and is never recorded.
 */
public record AnnexARule(LocalTime dueTime, List<String> items, String rule, String ruleId) {
}
