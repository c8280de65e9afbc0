package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Quality assurance revised whether the visit found serious or widespread concerns (the finding given at feedback, or
 * set by a serious concern raised after it). Revised to true, it starts what feedback with that finding would have
 * started; revised to false, the clocks and notifications that finding started are cancelled by their own events.
 * The reasons are confidential until the final report.
 */
@Revision("1")
public record SeriousConcernsFindingRevised(String visitId, boolean seriousOrWidespreadConcerns, String reasons,
                                            Instant occurredAt) implements VisitEvent {
}
