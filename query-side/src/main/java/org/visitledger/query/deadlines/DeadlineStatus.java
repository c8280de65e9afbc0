package org.visitledger.query.deadlines;

/**
 * A deadline's status at the time of reading (rule DASHBOARD-DEADLINE-STATUS): OPEN, DUE_SOON (due within
 * the next 2 working days), OVERDUE (past due, not met), MET, MET_LATE, MET_EARLY (before its window opened, rule
 * MONITORING-VISIT-EARLY), CANCELLED.
 */
public enum DeadlineStatus {
    OPEN,
    DUE_SOON,
    OVERDUE,
    MET,
    MET_LATE,
    MET_EARLY,
    CANCELLED;

    /**
     * The status as an SQL expression over a deadline_row; its two parameters are now and the end of the
     * second working day from today.
     */
    public static final String SQL = "CASE WHEN state = 'CANCELLED' THEN 'CANCELLED'"
            + " WHEN state = 'MET' AND late THEN 'MET_LATE'"
            + " WHEN state = 'MET' AND early THEN 'MET_EARLY'"
            + " WHEN state = 'MET' THEN 'MET'"
            + " WHEN due_at < ? THEN 'OVERDUE'"
            + " WHEN due_at <= ? THEN 'DUE_SOON'"
            + " ELSE 'OPEN' END";
}
