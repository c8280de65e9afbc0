package org.visitledger.command.rulebook;

/**
 * A monitoring visit decided by a case review: its window opens {@code windowOpensWeeks} after the last day of the
 * visit and it is due by the end of the day {@code dueWeeks} after it (rule MONITORING-VISIT-DUE). {@code rule} is
 * the text the deadline records; {@code ruleId} is the id it implements and is never recorded.
 */
public record MonitoringVisitRule(int windowOpensWeeks, int dueWeeks, String rule, String ruleId) {
}
