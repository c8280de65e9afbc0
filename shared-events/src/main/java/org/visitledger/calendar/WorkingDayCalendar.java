package org.visitledger.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England and Wales (rule TIME-WORKING-DAYS): Monday to Friday except bank
 * holidays. "Within N working days of D" ends at 23:59:59 Europe/London on the N-th working day after D,
 * D not counted. Bank holidays are data; a date outside the known range is refused, never guessed.
 */
public final class WorkingDayCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String ENGLAND_AND_WALES = "/calendar/bank-holidays-england-and-wales.txt";
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final Set<LocalDate> bankHolidays;
    private final LocalDate firstKnownDay;
    private final LocalDate lastKnownDay;

    WorkingDayCalendar(Set<LocalDate> bankHolidays, LocalDate firstKnownDay, LocalDate lastKnownDay) {
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.firstKnownDay = firstKnownDay;
        this.lastKnownDay = lastKnownDay;
    }

    /** The shipped calendar; its range is the whole years its bank-holiday data covers. */
    public static WorkingDayCalendar englandAndWales() {
        Set<LocalDate> holidays = readDates(ENGLAND_AND_WALES);
        int firstYear = holidays.stream().mapToInt(LocalDate::getYear).min().orElseThrow();
        int lastYear = holidays.stream().mapToInt(LocalDate::getYear).max().orElseThrow();
        return new WorkingDayCalendar(holidays, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /** Whether the bank holidays of this day are known: every date this calendar answers for is. */
    public boolean knows(LocalDate day) {
        return !day.isBefore(firstKnownDay) && !day.isAfter(lastKnownDay);
    }

    public LocalDate lastKnownDay() {
        return lastKnownDay;
    }

    public boolean isWorkingDay(LocalDate day) {
        requireKnown(day);
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    /** The N-th working day after {@code from}, {@code from} itself not counted. */
    public LocalDate workingDaysAfter(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The last working day before {@code day}, {@code day} itself not counted. */
    public LocalDate workingDayBefore(LocalDate day) {
        LocalDate before = day.minusDays(1);
        while (!isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        return before;
    }

    /** The last day of a visit of {@code lengthDays} working days whose first day (day 1) is {@code firstDay}. */
    public LocalDate lastDayOfVisit(LocalDate firstDay, int lengthDays) {
        return workingDaysAfter(firstDay, lengthDays - 1);
    }

    /** The due instant of "within N working days of {@code from}". */
    public Instant endOfWorkingDaysAfter(LocalDate from, int workingDays) {
        return endOf(workingDaysAfter(from, workingDays));
    }

    public Instant endOf(LocalDate day) {
        return at(day, END_OF_DAY);
    }

    /** The end of the London day {@code instant} falls on. */
    public Instant endOfDayOf(Instant instant) {
        return endOf(dayOf(instant));
    }

    public Instant at(LocalDate day, LocalTime wallClockTime) {
        requireKnown(day);
        return day.atTime(wallClockTime).atZone(LONDON).toInstant();
    }

    public LocalDate dayOf(Instant instant) {
        LocalDate day = instant.atZone(LONDON).toLocalDate();
        requireKnown(day);
        return day;
    }

    private void requireKnown(LocalDate day) {
        if (!knows(day)) {
            throw new OutsideCalendarRangeException(day, firstKnownDay, lastKnownDay);
        }
    }

    private static Set<LocalDate> readDates(String resource) {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bank-holiday data missing from the classpath: " + resource);
            }
            Set<LocalDate> dates = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    dates.add(LocalDate.parse(trimmed.substring(0, 10)));
                }
            }
            return dates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
