package org.visitledger.events;

/** What a case review may decide, one or more of them (rule CASE-REVIEW-DECISIONS). */
public enum CaseReviewDecision {
    MONITORING_VISIT,
    ENFORCEMENT_ACTION,
    BRING_FORWARD_INSPECTION,
    NO_FURTHER_ACTION
}
