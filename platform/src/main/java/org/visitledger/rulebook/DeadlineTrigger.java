package org.visitledger.rulebook;

/** The milestones whose day starts a working-day clock. */
public enum DeadlineTrigger {
    /** Day 1, the day of the announcement (LA inspections count their timeline from it). */
    ANNOUNCED,
    /** The planned last day of fieldwork (LA inspections: feedback at the end of fieldwork). */
    PLANNED_LAST_DAY,
    VISIT_ENDED,
    DRAFT_SENT,
    FINAL_SENT,
    /** The visit ended with serious or widespread concerns, or such a concern was raised after it ended. */
    SERIOUS_CONCERNS,
    /** The report was published (LA inspections: the complaint window runs 30 calendar days from it). */
    PUBLISHED
}
