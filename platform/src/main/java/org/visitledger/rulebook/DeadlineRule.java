package org.visitledger.rulebook;

import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;

import java.time.LocalDate;

/**
 * "Within {@code workingDays} working days of the day {@code startsAt} happened", owed by {@code owner} (rule
 * TIME-WITHIN-N-DAYS). {@code rule} is the text the deadline records; {@code ruleId} is the id it implements and
 * is never recorded. A rule counted in calendar days instead gives {@code calendarDays} (rule
 * LA-COMPLAINT-WINDOW): the end of that many days after the day {@code startsAt} happened.
 */
public record DeadlineRule(DeadlineCode code, DeadlineTrigger startsAt, int workingDays, DeadlineOwner owner,
                           boolean window, String rule, String ruleId, Integer calendarDays) {

    /** The day it falls due when its clock starts on {@code day} (due by the end of that day, London). */
    public LocalDate dueDay(LocalDate day, WorkingDayCalendar calendar) {
        return calendarDays != null ? day.plusDays(calendarDays) : calendar.workingDaysAfter(day, workingDays);
    }
}
