package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A grade for one area of one element of an LA inspection, provisional until the final report. {@code proposedGrade}
 * is the inspector's; {@code grade} is the one that stands, after the limiting-judgement rules in {@code limits}
 * (empty when none applied). An overridden limit keeps the proposed grade and carries the inspector's
 * {@code overrideRationale}. {@code reassessedAfter} names the area whose new grade made the system reassess this one
 * (null when the inspector graded it).
 */
@Revision("1")
public record JudgementRecorded(String visitId, InspectionElement element, JudgementArea area, Grade proposedGrade,
                                Grade grade, List<GradeLimit> limits, String overrideRationale,
                                JudgementArea reassessedAfter, Instant occurredAt) implements VisitEvent {
}
