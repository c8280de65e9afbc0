package org.visitledger.events;

/** The visit types of visit-process.md; each has its own rulebook. */
public enum VisitType {
    RSS_ASSURANCE,
    SCH_ASSURANCE,
    SCHOOL_INTERIM,
    SECTION8_NFD,
    MONITORING,
    LA_SAFEGUARDING_LAC
}
