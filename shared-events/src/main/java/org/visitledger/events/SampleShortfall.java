package org.visitledger.events;

/** How far one part of the case sample fell short of its minimum when the shortfall was justified. */
public record SampleShortfall(SamplingStage stage, CaseKind kind, int selected, int minimum) {
}
