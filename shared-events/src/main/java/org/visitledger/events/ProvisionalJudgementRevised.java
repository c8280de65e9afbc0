package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The findings proposed for the report differ from the provisional ones given at feedback; the provider must be
 * told, with reasons, before the draft is sent. Confidential until the final report.
 */
@Revision("1")
public record ProvisionalJudgementRevised(String visitId, String revisedFindings, String reasons,
                                          Instant occurredAt) implements VisitEvent {
}
