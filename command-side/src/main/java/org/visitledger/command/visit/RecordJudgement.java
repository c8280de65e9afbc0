package org.visitledger.command.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.visitledger.events.Grade;
import org.visitledger.events.InspectionElement;
import org.visitledger.events.JudgementArea;

import java.time.Instant;

/**
 * An inspector's grade for one area of one element of an LA inspection. {@code overrideLimits} keeps the grade
 * against the limiting judgements that would lower it, and needs {@code overrideRationale}.
 */
public record RecordJudgement(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion,
                              InspectionElement element, JudgementArea area, Grade grade, boolean overrideLimits,
                              String overrideRationale, Instant occurredAt) {
}
