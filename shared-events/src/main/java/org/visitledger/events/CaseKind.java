package org.visitledger.events;

/** The two kinds of case an LA inspection samples (seed 003 para 47). */
public enum CaseKind {
    SAFEGUARDING,
    LOOKED_AFTER
}
