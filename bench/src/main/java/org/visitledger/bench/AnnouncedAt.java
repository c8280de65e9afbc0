package org.visitledger.bench;

import org.visitledger.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * When a benchmark's announcement says it happened: a visit is announced on a working day only, so on a weekend or
 * bank holiday it is dated 16:00 London on the last working day (after the Annex A cut-off).
 */
public final class AnnouncedAt {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private AnnouncedAt() {
    }

    /** Empty on a working day (announced now); otherwise 16:00 London on the last working day. */
    private static Optional<Instant> lastWorkingDayIfNotToday() {
        LocalDate today = CALENDAR.dayOf(Instant.now());
        return CALENDAR.isWorkingDay(today) ? Optional.empty()
                : Optional.of(CALENDAR.at(CALENDAR.workingDayBefore(today), LocalTime.of(16, 0)));
    }

    /** The announcement body's {@code occurredAt} member with its leading comma, or nothing on a working day. */
    public static String occurredAtMember() {
        return lastWorkingDayIfNotToday().map(at -> ", \"occurredAt\": \"" + at + "\"").orElse("");
    }
}
