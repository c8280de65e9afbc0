package org.visitledger.events;

/** The visit types (docs/rules.md, "Visit types and rulebooks"); each has its own rulebook. */
public enum VisitType {
    RSS_ASSURANCE,
    SCH_ASSURANCE,
    SCHOOL_INTERIM,
    SECTION8_NFD,
    MONITORING,
    LA_SAFEGUARDING_LAC
}
