package org.visitledger.query.grades;

import java.time.Instant;

/**
 * One graded area of a council's latest LA inspection whose final report was sent: the grade that stands, the
 * inspector's own, whether a limiting judgement lowered it ({@code limited}) or was overridden, with the rationale.
 */
public record GradeProfileRow(String localAuthority, String providerUrn, String providerName, String region,
                              String visitId, String element, String area, String grade, String proposedGrade,
                              boolean limited, boolean overridden, String overrideRationale,
                              Instant finalReportSentAt, Instant publishedAt) {
}
