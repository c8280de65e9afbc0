package org.visitledger.events;

/** Why an LA inspection was announced without notice (seed 003 para 11). */
public enum NoNoticeReason {
    /** Provision has already been judged inadequate. */
    PROVISION_JUDGED_INADEQUATE,
    /** Serious concerns about safeguarding have been raised. */
    SERIOUS_SAFEGUARDING_CONCERNS
}
