package org.visitledger.rulebook;

/**
 * A monitoring visit decided by a case review: its window opens {@code windowOpensWeeks} after the last day of the
 * visit and it is due by the end of the day {@code dueWeeks} after it (rule MONITORING-VISIT-DUE). With
 * {@code earlyRecorded} (RSS and SCH from version 4), one announced before the window opens meets the deadline early,
 * which is not on time (rule MONITORING-VISIT-EARLY). {@code rule} is the text the deadline records; {@code ruleId}
 * is the id it implements and is never recorded.
 */
public record MonitoringVisitRule(int windowOpensWeeks, int dueWeeks, String rule, String ruleId,
                                  Boolean earlyRecorded) {

    public MonitoringVisitRule {
        // Versions that predate the setting accept a monitoring visit at any time before the due time as on time.
        earlyRecorded = Boolean.TRUE.equals(earlyRecorded);
    }
}
