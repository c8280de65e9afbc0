package org.visitledger.command.visit;

import org.axonframework.deadline.DeadlineManager;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.rulebook.Rulebooks;

/**
 * What a visit's handlers consult besides the visit itself: the rulebooks, the working-day calendar and the
 * persistent deadline manager. One handler parameter instead of three.
 */
public record VisitRules(Rulebooks rulebooks, WorkingDayCalendar calendar, DeadlineManager deadlineManager) {
}
