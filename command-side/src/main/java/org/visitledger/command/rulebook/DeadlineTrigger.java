package org.visitledger.command.rulebook;

/** The milestones whose day starts a working-day clock. */
public enum DeadlineTrigger {
    VISIT_ENDED,
    DRAFT_SENT,
    FINAL_SENT,
    /** The visit ended with serious or widespread concerns, or such a concern was raised after it ended. */
    SERIOUS_CONCERNS
}
