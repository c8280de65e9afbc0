package org.visitledger.events;

/** The deadline codes (docs/rules.md, "Deadlines"). */
public enum DeadlineCode {
    ANNEX_A_RETURN,
    FURTHER_INFORMATION,
    QA_SUBMISSION,
    DRAFT_REPORT,
    PROVIDER_COMMENTS,
    FINAL_REPORT,
    COMPLAINT_WINDOW,
    PUBLICATION,
    CASE_REVIEW,
    LA_NOTIFICATION,
    MONITORING_VISIT,
    NFD_INSPECTION
}
