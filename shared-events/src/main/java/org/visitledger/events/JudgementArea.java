package org.visitledger.events;

/**
 * The graded areas of the two evaluation schedules of an LA inspection (seed 003 paras 27, 28 and 55). Which areas
 * belong to which element is the rulebook's data; some appear in both ({@link #OVERALL_EFFECTIVENESS}, the quality of
 * provision and the leadership and management areas), each graded per element.
 */
public enum JudgementArea {
    OVERALL_EFFECTIVENESS,
    CAPACITY_FOR_IMPROVEMENT,
    /** Safeguarding outcome: children and young people are safe. */
    CHILDREN_ARE_SAFE,
    /** Safeguarding outcome: children and young people feel safe. */
    CHILDREN_FEEL_SAFE,
    /** Looked-after outcomes (Every Child Matters). */
    BEING_HEALTHY,
    STAYING_SAFE,
    ENJOYING_AND_ACHIEVING,
    MAKING_A_POSITIVE_CONTRIBUTION,
    ACHIEVING_ECONOMIC_WELL_BEING,
    /**
     * Looked-after children's educational progress in relation to their starting points and capability: not a
     * judgement of the report, but the evidence that limits ENJOYING_AND_ACHIEVING (seed 003 para 32).
     */
    EDUCATIONAL_PROGRESS,
    QUALITY_OF_PROVISION,
    SERVICE_RESPONSIVENESS,
    ASSESSMENT_AND_DIRECT_WORK,
    CASE_PLANNING_REVIEW_AND_RECORDING,
    LEADERSHIP_AND_MANAGEMENT,
    AMBITION_AND_PRIORITISATION,
    EVALUATION,
    USER_ENGAGEMENT,
    PARTNERSHIPS,
    EQUALITY_AND_DIVERSITY,
    VALUE_FOR_MONEY,
    /** Looked-after element only: the effectiveness of services in promoting safeguarding. */
    PROMOTING_SAFEGUARDING
}
