package org.visitledger.command.visit;

/**
 * Where a visit stands in its lifecycle (rule VISIT-LIFECYCLE). The report path is declared in its order, which
 * {@link VisitGuards#refusalFor} uses to say whether a command comes too early or too late.
 */
public enum VisitStatus {
    ANNOUNCED,
    ON_SITE,
    VISIT_ENDED,
    IN_QA,
    DRAFT_SENT,
    COMMENTS_RECEIVED,
    FINAL_SENT,
    PUBLISHED,
    CLOSED,
    WITHDRAWN,
    /** Paused after contacting the duty desk; resumed to the status it was paused in, or ended INCOMPLETE. */
    PAUSED,
    /** The duty desk granted the provider's deferral before the visit started. */
    DEFERRED,
    /** Ended while paused, without being completed. */
    INCOMPLETE,
    /** An interim visit converted into a section 8 NFD inspection: it stops, the linked NFD visit goes on. */
    CONVERTED
}
