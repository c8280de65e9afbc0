package org.visitledger.command.visit;

/** Where a visit stands in the lifecycle of visit-process.md. */
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
    WITHDRAWN
}
