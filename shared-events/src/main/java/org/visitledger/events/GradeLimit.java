package org.visitledger.events;

/**
 * A limiting-judgement rule that applied to a grade (seed 003 paras 30 to 32): the grade it allows at most, the rule's
 * text naming its source, and whether the inspector overrode it with a recorded rationale.
 */
public record GradeLimit(String rule, Grade limitedTo, boolean overridden) {
}
