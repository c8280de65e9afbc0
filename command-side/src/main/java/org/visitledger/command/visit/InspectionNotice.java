package org.visitledger.command.visit;

import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.rulebook.NoticeRule;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.events.InspectionNoticeGiven;
import org.visitledger.events.NoNoticeReason;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The notice an LA inspection gives the council (rule LA-NOTICE): fieldwork starts after at most the rulebook's
 * notice, the usual notice when no day is named, and on the day of the notification only for a recorded reason. Also
 * the announcement's checks that belong to LA inspections alone (rule LA-PROVIDER-CODE).
 */
record InspectionNotice(LocalDate fieldworkStartsOn, int noticeWorkingDays, NoNoticeReason reason, String details,
                        String rule) {

    /** The DfE's number of a local authority as the ledger writes it: LA and 3 digits (e.g. LA330). */
    private static final Pattern LA_CODE = Pattern.compile("LA[0-9]{3}");

    /** The notice of an LA inspection announced on {@code dayOne}, or null for a visit type without one. */
    static InspectionNotice decide(AnnounceVisit command, Rulebook rulebook, LocalDate dayOne,
                                   WorkingDayCalendar calendar) {
        requireProviderReference(command.visitType(), command.provider());
        if (rulebook.localAuthorityInspectionRules().isEmpty()) {
            requireNone(command);
            return null;
        }
        if (!command.placingAuthorities().isEmpty()) {
            throw new InvalidCommandException("placingAuthorities",
                    "an LA inspection is of the council itself; it names no placing authorities");
        }
        NoticeRule notice = rulebook.localAuthorityInspectionRules().orElseThrow().notice();
        NoNoticeReason reason = command.noNoticeReason();
        LocalDate latest = calendar.workingDaysAfter(dayOne, notice.maxWorkingDays());
        LocalDate start = command.fieldworkStartsOn() != null ? command.fieldworkStartsOn()
                : reason != null ? dayOne : latest;
        if (start.isBefore(dayOne) || start.isAfter(latest)) {
            throw new InvalidCommandException("fieldworkStartsOn", "fieldwork starts between the notification ("
                    + dayOne + ") and " + latest + ": at most " + notice.maxWorkingDays() + " working days' notice");
        }
        if (!calendar.isWorkingDay(start)) {
            throw new InvalidCommandException("fieldworkStartsOn", start + " is not a working day");
        }
        int days = workingDaysBetween(dayOne, start, calendar);
        boolean detailed = command.noNoticeDetails() != null && !command.noNoticeDetails().isBlank();
        if (days == 0 && (reason == null || !detailed)) {
            throw new InvalidCommandException(reason == null ? "noNoticeReason" : "noNoticeDetails", "fieldwork "
                    + "starting on the day of the notification is an inspection without notice: it needs a "
                    + "noNoticeReason (PROVISION_JUDGED_INADEQUATE or SERIOUS_SAFEGUARDING_CONCERNS) and its details");
        }
        if (days > 0 && (reason != null || command.noNoticeDetails() != null)) {
            throw new InvalidCommandException(reason != null ? "noNoticeReason" : "noNoticeDetails", "fieldwork "
                    + "starts on " + start + ", after " + days + " working days' notice; a reason is given only for "
                    + "an inspection without notice");
        }
        return new InspectionNotice(start, days, reason, detailed ? command.noNoticeDetails().strip() : null,
                notice.rule());
    }

    InspectionNoticeGiven given(String visitId, Instant at) {
        return new InspectionNoticeGiven(visitId, fieldworkStartsOn, noticeWorkingDays, reason, details, rule, at);
    }

    /** Rule LA-PROVIDER-CODE: the council of an LA inspection is named by its LA code, and only the council is. */
    private static void requireProviderReference(VisitType type, Provider provider) {
        boolean laCode = LA_CODE.matcher(provider.urn()).matches();
        if (type == VisitType.LA_SAFEGUARDING_LAC && !laCode) {
            throw new InvalidCommandException("provider.urn", "the council inspected is named by its local "
                    + "authority code: LA and 3 digits (e.g. LA330), not " + provider.urn());
        }
        if (type != VisitType.LA_SAFEGUARDING_LAC && laCode) {
            throw new InvalidCommandException("provider.urn", "a local authority code names the council of an "
                    + "LA_SAFEGUARDING_LAC inspection; a " + type + " visit is to a provider with a URN");
        }
    }

    private static void requireNone(AnnounceVisit command) {
        String given = command.fieldworkStartsOn() != null ? "fieldworkStartsOn"
                : command.noNoticeReason() != null ? "noNoticeReason"
                : command.noNoticeDetails() != null ? "noNoticeDetails" : null;
        if (given != null) {
            throw new InvalidCommandException(given, "only an LA_SAFEGUARDING_LAC inspection gives notice of its "
                    + "fieldwork; a " + command.visitType() + " visit is live from the announcement call");
        }
    }

    private static int workingDaysBetween(LocalDate from, LocalDate to, WorkingDayCalendar calendar) {
        int days = 0;
        for (LocalDate day = from; day.isBefore(to); day = calendar.workingDaysAfter(day, 1)) {
            days++;
        }
        return days;
    }
}
