package org.visitledger.query.grades;

import org.visitledger.events.Grade;
import org.visitledger.events.InspectionElement;
import org.visitledger.events.JudgementArea;

/** The filters of GET /api/analytics/grade-profile; null is no filter. {@code providerScope}: a council's own. */
public record GradeProfileFilter(String visitId, String localAuthority, String region, InspectionElement element,
                                 JudgementArea area, Grade grade, Boolean limited, Boolean overridden,
                                 String providerScope) {
}
