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
    NFD_INSPECTION,
    /** LA inspections: the council's list of current cases (day 4). */
    CASE_LIST,
    /** LA inspections: the set-up meeting and the first case selection (day 5). */
    INITIAL_CASE_SELECTION,
    /** LA inspections: fieldwork ends with feedback to the council (day 20). */
    FIELDWORK_FEEDBACK
}
