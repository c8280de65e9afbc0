package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** Inspectors selected cases for scrutiny, at the given stage of the inspection (seed 003 para 47). */
@Revision("1")
public record CasesSelected(String visitId, SamplingStage stage, List<SampledCase> cases, Instant occurredAt)
        implements VisitEvent {
}
