package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A deadline was met; late when after its due time; early (revision 2) when before the window in which it was to be
 * met had opened (a monitoring visit announced before its 6-8 week window, rule MONITORING-VISIT-EARLY): neither is on
 * time. A window (COMPLAINT_WINDOW) is met when it has run its course. Revision 1 had no {@code early}; it reads as
 * false, since no revision-1 deadline was judged early (see platform's {@code persistence.upcasting.DeadlineMetRevision1}).
 */
@Revision("2")
public record DeadlineMet(String visitId, String deadlineId, DeadlineCode code, Instant dueAt, boolean late,
                          boolean early, Instant occurredAt) implements VisitEvent {
}
