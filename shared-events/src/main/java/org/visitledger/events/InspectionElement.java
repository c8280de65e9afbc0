package org.visitledger.events;

/** The two elements of an LA inspection, each with its own evaluation schedule (seed 003 paras 27 and 28). */
public enum InspectionElement {
    SAFEGUARDING,
    LOOKED_AFTER_CHILDREN
}
