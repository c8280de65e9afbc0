package org.visitledger.command.visit;

import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.rulebook.AnnexARule;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.rulebook.Rulebooks;
import org.visitledger.rulebook.UnknownRulebookException;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.TextStyle;
import java.util.Locale;

/** Rules shared by every command: when an act may be said to have happened, and which refusal names a gap. */
final class VisitGuards {

    /** How far ahead of a visit's first day its deadlines may fall (rule TIME-ANNOUNCEMENT-HORIZON). */
    static final Period ANNOUNCEMENT_HORIZON = Period.ofYears(1);

    private VisitGuards() {
    }

    /**
     * Rules OCCURRED-AT, OCCURRED-AT-NO-FUTURE, OCCURRED-AT-ORDER: occurredAt defaults to now; it may not be in
     * the future (5 minutes of clock skew allowed) nor before the visit's previous milestone.
     */
    static Instant occurredAt(Instant requested, Instant previousMilestone, Instant now) {
        Instant at = requested == null ? now : requested;
        if (at.isAfter(now.plus(Visit.CLOCK_SKEW))) {
            throw new InvalidCommandException("occurredAt", "occurredAt " + at + " is in the future (now is " + now
                    + "; 5 minutes of clock skew are allowed)");
        }
        if (previousMilestone != null && at.isBefore(previousMilestone)) {
            throw new InvalidCommandException("occurredAt", "occurredAt " + at
                    + " is before the visit's previous milestone at " + previousMilestone);
        }
        return at;
    }

    /** Rule VISIT-LIFECYCLE: the refusal for a command needing {@code required} while the visit is {@code actual}. */
    static Refusal refusalFor(VisitStatus required, VisitStatus actual) {
        boolean tooEarly = actual.compareTo(required) < 0;
        return switch (required) {
            case VISIT_ENDED -> tooEarly ? Refusal.VISIT_NOT_ENDED : Refusal.REPORT_ALREADY_SUBMITTED_FOR_QA;
            case IN_QA -> tooEarly ? Refusal.REPORT_NOT_IN_QA : Refusal.DRAFT_ALREADY_SENT;
            case DRAFT_SENT -> tooEarly ? Refusal.DRAFT_NOT_SENT
                    : actual == VisitStatus.COMMENTS_RECEIVED ? Refusal.COMMENTS_ALREADY_RECEIVED
                    : Refusal.FINAL_REPORT_ALREADY_SENT;
            case FINAL_SENT -> tooEarly ? Refusal.FINAL_REPORT_NOT_SENT : Refusal.ALREADY_PUBLISHED;
            default -> Refusal.VISIT_NOT_LIVE;
        };
    }

    /**
     * Rule TIME-ANNOUNCEMENT-HORIZON: a visit is announced only while the working-day calendar knows the bank
     * holidays of the whole year after its first day, so that every deadline the visit and a monitoring visit or NFD
     * inspection after it can start falls on a known day (the longest chain, a monitoring visit's report after the
     * followed visit's, ends well within a year): a visit that could not end or close for want of calendar data is
     * refused at the start instead.
     */
    static void requireCalendarHorizon(LocalDate dayOne, WorkingDayCalendar calendar) {
        LocalDate horizon = dayOne.plus(ANNOUNCEMENT_HORIZON);
        if (!calendar.knows(horizon)) {
            throw new InvalidCommandException("occurredAt", "a visit announced on " + dayOne + " has deadlines up to "
                    + horizon + ", but the working-day calendar knows bank holidays only up to "
                    + calendar.lastKnownDay() + "; add the next years' bank holidays first");
        }
    }

    /**
     * Rule VISIT-ANNOUNCED-ON-WORKING-DAY: a visit's day 1 (the announcement, the commissioning of a monitoring
     * visit, the conversion to an NFD inspection) is a working day, so that its planned days, counted in working
     * days from it, are working days too (rule VISIT-LIVE-AT-CALL).
     */
    static void requireWorkingDay(LocalDate dayOne, WorkingDayCalendar calendar, String what) {
        if (!calendar.isWorkingDay(dayOne)) {
            throw new InvalidCommandException("occurredAt", what + " on a working day, and " + dayOne + " (a "
                    + dayOne.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + ") is not one: weekends "
                    + "and bank holidays in England and Wales are not working days");
        }
    }

    /**
     * Rules ANNEX-A-DUE and ANNEX-A-AFTER-CUTOFF: Annex A is due at the rulebook's time on the announcement day, or,
     * under a rulebook that says so, on the next working day when the call came at or after that time, so that
     * the provider is never in default at the moment it is asked.
     */
    static Instant annexADue(AnnexARule annexA, Instant announcedAt, WorkingDayCalendar calendar) {
        LocalDate dayOne = calendar.dayOf(announcedAt);
        Instant sameDay = calendar.at(dayOne, annexA.dueTime());
        if (annexA.nextWorkingDayAfterCutOff() && !announcedAt.isBefore(sameDay)) {
            return calendar.at(calendar.workingDaysAfter(dayOne, 1), annexA.dueTime());
        }
        return sameDay;
    }

    /**
     * Rule VISIT-LENGTH-AGREED: under a rulebook that says so (RSS and SCH from version 4), a length other than the
     * usual one names the regional inspection manager who agreed it; a usual length needs no agreement. Answers the
     * name to record, or null.
     */
    static String lengthAgreement(int length, String agreedBy, Rulebook rulebook) {
        boolean named = agreedBy != null && !agreedBy.isBlank();
        if (!rulebook.nonStandardLengthNeedsAgreement()) {
            return null;
        }
        if (length == rulebook.defaultLengthDays()) {
            if (named) {
                throw new InvalidCommandException("lengthAgreedBy", "a " + rulebook.visitType() + " visit of the usual "
                        + length + " days needs no agreement; leave lengthAgreedBy out");
            }
            return null;
        }
        if (!named) {
            throw new InvalidCommandException("lengthAgreedBy", "a " + rulebook.visitType() + " visit lasts "
                    + rulebook.defaultLengthDays() + " days; " + length + " days needs the regional inspection "
                    + "manager's agreement: name them in lengthAgreedBy");
        }
        return agreedBy.strip();
    }

    static Rulebook rulebookFor(VisitType type, Rulebooks rulebooks) {
        try {
            return rulebooks.inForce(type);
        } catch (UnknownRulebookException e) {
            throw new InvalidCommandException("visitType", e.getMessage());
        }
    }

    static int plannedLength(Integer requested, Rulebook rulebook) {
        int length = requested == null ? rulebook.defaultLengthDays() : requested;
        if (length < rulebook.minLengthDays() || length > rulebook.maxLengthDays()) {
            throw new InvalidCommandException("plannedLengthDays", "a " + rulebook.visitType() + " visit lasts "
                    + rulebook.minLengthDays() + " to " + rulebook.maxLengthDays() + " working days, not " + length);
        }
        return length;
    }
}
