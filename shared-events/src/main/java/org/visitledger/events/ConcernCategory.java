package org.visitledger.events;

/** Rule CONCERN-CATEGORIES: the kinds of concern an inspector may raise. */
public enum ConcernCategory {
    /** Assurance and monitoring visits: practice placing children at risk of inadequate protection or harm. */
    SERIOUS,
    /** Assurance and monitoring visits. */
    WIDESPREAD,
    /** Interim visits: a significant concern. */
    SAFEGUARDING,
    /** Interim visits: a significant concern. */
    LEADERSHIP_BREAKDOWN,
    /** LA inspections: the director of children's services is told at once and in writing. */
    SIGNIFICANT_RISK_OF_HARM
}
