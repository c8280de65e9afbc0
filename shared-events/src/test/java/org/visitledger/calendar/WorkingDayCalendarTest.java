package org.visitledger.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "start {0}, {1} days: end {2}, QA {3}, case review {4}, draft {5}, final {6}, publish {7}")
    @CsvFileSource(resources = "/working-day-vectors.csv")
    void working_day_deadlines_match_the_test_vectors(LocalDate start, int length, LocalDate visitEnd, LocalDate qa,
                                                      LocalDate caseReview, LocalDate draft, LocalDate finalReport,
                                                      LocalDate publication) {
        LocalDate end = calendar.lastDayOfVisit(start, length);
        assertThat(end).isEqualTo(visitEnd);
        assertThat(calendar.workingDaysAfter(end, 1)).isEqualTo(qa);
        assertThat(calendar.workingDaysAfter(end, 5)).isEqualTo(caseReview);
        assertThat(calendar.workingDaysAfter(end, 18)).isEqualTo(draft);
        assertThat(calendar.workingDaysAfter(end, 30)).isEqualTo(finalReport);
        assertThat(calendar.workingDaysAfter(end, 38)).isEqualTo(publication);
    }

    @ParameterizedTest
    @CsvSource({"2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2025-04-18", "2025-04-21",
            "2026-12-25", "2026-12-28", "2027-12-27", "2027-12-28", "2030-12-25"})
    void bank_holidays_including_the_one_off_days_are_not_working_days(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2020-05-04", "2022-05-30", "2023-05-09", "2026-12-24", "2026-12-29"})
    void ordinary_weekdays_around_moved_holidays_are_working_days(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isTrue();
    }

    @Test
    void weekends_are_not_working_days() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 15))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 16))).isFalse();
    }

    @Test
    void within_n_working_days_ends_at_23_59_59_london_time() {
        // 2025-06-16 is in British Summer Time (UTC+1)
        assertThat(calendar.endOfWorkingDaysAfter(LocalDate.of(2025, 4, 17), 38))
                .isEqualTo(Instant.parse("2025-06-16T22:59:59Z"));
        // 2025-01-16 is in GMT
        assertThat(calendar.endOfWorkingDaysAfter(LocalDate.of(2024, 12, 18), 18))
                .isEqualTo(Instant.parse("2025-01-16T23:59:59Z"));
    }

    @Test
    void the_working_day_before_skips_weekends_and_bank_holidays() {
        // Easter Monday 2025-04-21: Good Friday 18 April and the weekend are skipped back to Thursday 17 April.
        assertThat(calendar.workingDayBefore(LocalDate.of(2025, 4, 22))).isEqualTo(LocalDate.of(2025, 4, 17));
        assertThat(calendar.workingDayBefore(LocalDate.of(2025, 4, 17))).isEqualTo(LocalDate.of(2025, 4, 16));
    }

    @Test
    void times_of_day_are_london_wall_clock_times() {
        assertThat(calendar.at(LocalDate.of(2025, 7, 1), LocalTime.of(14, 0))).isEqualTo(Instant.parse("2025-07-01T13:00:00Z"));
        assertThat(calendar.at(LocalDate.of(2025, 1, 6), LocalTime.of(13, 0))).isEqualTo(Instant.parse("2025-01-06T13:00:00Z"));
    }

    @Test
    void the_day_of_an_instant_is_its_london_date() {
        assertThat(calendar.dayOf(Instant.parse("2025-06-30T23:30:00Z"))).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void dates_outside_the_known_bank_holiday_range_fail_loudly() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2019, 12, 31)))
                .isInstanceOf(OutsideCalendarRangeException.class).hasMessageContaining("2019-12-31");
        assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.of(2032, 12, 20), 10))
                .isInstanceOf(OutsideCalendarRangeException.class).hasMessageContaining("2033");
    }

    /** Rule TIME-KNOWN-RANGE: 2031 and 2032 are known, so a visit announced in 2030 can run to its last deadline. */
    @Test
    void the_bank_holidays_of_2031_and_2032_are_known() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 11))).as("Good Friday 2031").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 14))).as("Easter Monday 2031").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 5, 31))).as("Spring bank holiday 2032").isFalse();
        // Christmas Day and Boxing Day 2032 fall on a weekend: the substitute days are Monday and Tuesday.
        assertThat(calendar.workingDaysAfter(LocalDate.of(2032, 12, 24), 1)).isEqualTo(LocalDate.of(2032, 12, 29));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2030, 12, 16), 38)).isEqualTo(LocalDate.of(2031, 2, 11));
        assertThat(calendar.knows(LocalDate.of(2032, 12, 31))).isTrue();
        assertThat(calendar.knows(LocalDate.of(2033, 1, 1))).isFalse();
    }
}
