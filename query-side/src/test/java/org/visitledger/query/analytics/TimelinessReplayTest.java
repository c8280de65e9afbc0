package org.visitledger.query.analytics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitledger.events.VisitType;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.query.deadlines.DeadlineView;
import org.visitledger.query.deadlines.DeadlineFilter;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.visitledger.events.stream.RecordedStory.SCH_EARLY_MONITORING_VISIT_OCTOBER_2025;

/**
 * On-time rates per deadline code over the recorded stories: met on time, met late, missed (overdue) and open
 * (open or due soon); cancelled deadlines no longer apply and count nowhere. The rate is met on time over all that
 * fell due, and null while none has.
 */
class TimelinessReplayTest {

    private static final Instant JUNE_2025 = Instant.parse("2025-06-20T09:00:00Z");

    private final ReadSide readSide = ReadSide.fresh();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void after_every_story_ended_the_rates_count_the_late_and_the_missed_and_leave_the_cancelled_and_the_windows_out() {
        deliverEveryStoryAsRecordedBy(JUNE_2025);

        assertThat(readSide.timeliness(JUNE_2025).timeliness(null))
                .extracting(TimelinessRow::code, TimelinessRow::metOnTime, TimelinessRow::metLate,
                        TimelinessRow::missed, TimelinessRow::open, TimelinessRow::onTimeRate)
                .containsExactly(
                        // The deferred visit's missed Annex A was cancelled with the deferral.
                        tuple("ANNEX_A_RETURN", 4L, 1L, 0L, 0L, 4 / 5.0),
                        // The LA inspection's own codes: its case list, first selection and feedback on time.
                        tuple("CASE_LIST", 1L, 0L, 0L, 0L, 1.0),
                        tuple("CASE_REVIEW", 1L, 0L, 0L, 0L, 1.0),
                        tuple("DRAFT_REPORT", 4L, 0L, 0L, 0L, 1.0),
                        tuple("FIELDWORK_FEEDBACK", 1L, 0L, 0L, 0L, 1.0),
                        tuple("FINAL_REPORT", 4L, 0L, 0L, 0L, 1.0),
                        // SCH's FI-1 missed; the withdrawn and the incomplete visits' two requests each cancelled.
                        tuple("FURTHER_INFORMATION", 0L, 0L, 1L, 0L, 0.0),
                        tuple("INITIAL_CASE_SELECTION", 1L, 0L, 0L, 0L, 1.0),
                        // Bradford was never emailed.
                        tuple("LA_NOTIFICATION", 0L, 0L, 1L, 0L, 0.0),
                        tuple("MONITORING_VISIT", 1L, 0L, 0L, 0L, 1.0),
                        // The council's comments on the LA draft are a duty (rule LA-COMMENTS-DUE), not a window.
                        tuple("PROVIDER_COMMENTS", 1L, 0L, 0L, 0L, 1.0),
                        tuple("PUBLICATION", 3L, 1L, 0L, 0L, 3 / 4.0),
                        tuple("QA_SUBMISSION", 2L, 1L, 0L, 0L, 2 / 3.0));
    }

    @Test
    void grouped_by_visit_type_each_type_has_its_own_rate() {
        deliverEveryStoryAsRecordedBy(JUNE_2025);

        assertThat(readSide.timeliness(JUNE_2025).timeliness(TimelinessGrouping.VISIT_TYPE))
                .filteredOn(row -> row.code().equals("ANNEX_A_RETURN") || row.code().equals("PUBLICATION"))
                .extracting(TimelinessRow::code, TimelinessRow::group, TimelinessRow::metOnTime,
                        TimelinessRow::metLate, TimelinessRow::onTimeRate)
                .containsExactly(
                        tuple("ANNEX_A_RETURN", "RSS_ASSURANCE", 1L, 0L, 1.0),
                        tuple("ANNEX_A_RETURN", "SCH_ASSURANCE", 3L, 1L, 0.75),
                        tuple("PUBLICATION", "LA_SAFEGUARDING_LAC", 1L, 0L, 1.0),
                        tuple("PUBLICATION", "RSS_ASSURANCE", 1L, 0L, 1.0),
                        tuple("PUBLICATION", "SCH_ASSURANCE", 1L, 1L, 0.5));
    }

    @Test
    void filtered_by_visit_type_region_and_period_the_rates_count_only_those_deadlines() {
        deliverEveryStoryAsRecordedBy(JUNE_2025);
        TimelinessAnalytics analytics = readSide.timeliness(JUNE_2025);

        assertThat(analytics.timeliness(null, new TimelinessFilter(VisitType.LA_SAFEGUARDING_LAC, null, null, null)))
                .extracting(TimelinessRow::code)
                .containsExactly("CASE_LIST", "DRAFT_REPORT", "FIELDWORK_FEEDBACK", "FINAL_REPORT",
                        "INITIAL_CASE_SELECTION", "PROVIDER_COMMENTS", "PUBLICATION");
        assertThat(analytics.timeliness(null, new TimelinessFilter(null, "East of England", null, null)))
                .extracting(TimelinessRow::code).contains("CASE_LIST");
        assertThat(analytics.timeliness(null, new TimelinessFilter(null, "South West", null, null)))
                .extracting(TimelinessRow::code).contains("ANNEX_A_RETURN").doesNotContain("CASE_LIST");
        // January 2025: the LA inspection's draft, comments, final report and publication fell due then, and the
        // SCH December visit's draft (16 January); its comment window is left out.
        assertThat(analytics.timeliness(null, new TimelinessFilter(null, null, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-02-01T00:00:00Z"))))
                .extracting(TimelinessRow::code, TimelinessRow::metOnTime)
                .containsExactly(tuple("DRAFT_REPORT", 2L), tuple("FINAL_REPORT", 1L), tuple("PROVIDER_COMMENTS", 1L),
                        tuple("PUBLICATION", 1L));
    }

    @Test
    void grouped_by_month_each_deadline_counts_in_the_month_it_fell_due() {
        deliverEveryStoryAsRecordedBy(JUNE_2025);

        assertThat(readSide.timeliness(JUNE_2025).timeliness(TimelinessGrouping.MONTH))
                .filteredOn(row -> row.code().equals("PUBLICATION"))
                .extracting(TimelinessRow::group, TimelinessRow::metOnTime, TimelinessRow::metLate)
                .containsExactly(tuple("2025-01", 1L, 0L), tuple("2025-02", 0L, 1L), tuple("2025-06", 2L, 0L));
    }

    @Test
    void deadlines_not_yet_due_count_as_open_and_leave_the_rate_undecided() {
        Instant tuesday = Instant.parse("2025-02-04T09:00:00Z");
        deliverEveryStoryAsRecordedBy(tuesday);

        List<TimelinessRow> rates = readSide.timeliness(tuesday).timeliness(null);
        // The SCH December visit's publication is not yet due; the LA inspection's was met on 29 January.
        assertThat(readSide.timeliness(tuesday).timeliness(TimelinessGrouping.VISIT_TYPE))
                .filteredOn(row -> row.code().equals("PUBLICATION"))
                .extracting(TimelinessRow::group, TimelinessRow::open, TimelinessRow::onTimeRate)
                .containsExactly(tuple("LA_SAFEGUARDING_LAC", 0L, 1.0), tuple("SCH_ASSURANCE", 1L, null));
        // Rule DASHBOARD-TIMELINESS: windows are the provider's to use, neither on time nor late; the LA council's
        // comments (met on 15 January) are a duty and count.
        assertThat(rates).extracting(TimelinessRow::code).doesNotContain("COMPLAINT_WINDOW");
        assertThat(readSide.timeliness(tuesday).timeliness(TimelinessGrouping.VISIT_TYPE))
                .filteredOn(row -> row.code().equals("PROVIDER_COMMENTS"))
                .extracting(TimelinessRow::group, TimelinessRow::metOnTime)
                .containsExactly(tuple("LA_SAFEGUARDING_LAC", 1L));
    }

    @Test
    void the_day_after_the_local_authority_emails_fell_due_the_case_review_is_open_and_no_monitoring_visit_decided() {
        Instant wednesday = Instant.parse("2025-04-23T09:00:00Z");
        deliverEveryStoryAsRecordedBy(wednesday);

        assertThat(readSide.timeliness(wednesday).timeliness(null))
                .filteredOn(row -> List.of("CASE_REVIEW", "LA_NOTIFICATION", "MONITORING_VISIT").contains(row.code()))
                .extracting(TimelinessRow::code, TimelinessRow::metOnTime, TimelinessRow::metLate,
                        TimelinessRow::missed, TimelinessRow::open, TimelinessRow::onTimeRate)
                .containsExactly(tuple("CASE_REVIEW", 0L, 0L, 0L, 1L, null),
                        tuple("LA_NOTIFICATION", 0L, 0L, 1L, 0L, 0.0));
    }

    @Test
    void grouped_by_region_the_new_codes_count_only_where_the_serious_concern_was() {
        deliverEveryStoryAsRecordedBy(JUNE_2025);

        assertThat(readSide.timeliness(JUNE_2025).timeliness(TimelinessGrouping.REGION))
                .filteredOn(row -> List.of("CASE_REVIEW", "LA_NOTIFICATION", "MONITORING_VISIT").contains(row.code()))
                .extracting(TimelinessRow::code, TimelinessRow::group, TimelinessRow::metOnTime,
                        TimelinessRow::missed)
                .containsExactly(tuple("CASE_REVIEW", "Yorkshire and the Humber", 1L, 0L),
                        tuple("LA_NOTIFICATION", "Yorkshire and the Humber", 0L, 1L),
                        tuple("MONITORING_VISIT", "Yorkshire and the Humber", 1L, 0L));
    }

    /**
     * Rule MONITORING-VISIT-EARLY: the October 2025 story's monitoring visit, announced before its window opened, is
     * met early, which is not on time: of the two monitoring visits decided, one on time and one early.
     */
    @Test
    void a_monitoring_visit_announced_before_its_window_counts_as_early_not_on_time() {
        Instant afterIt = Instant.parse("2025-10-28T09:00:00Z");
        deliverEveryStoryAsRecordedBy(afterIt);

        assertThat(readSide.timeliness(afterIt).timeliness(null))
                .filteredOn(row -> row.code().equals("MONITORING_VISIT"))
                .extracting(TimelinessRow::metOnTime, TimelinessRow::metLate, TimelinessRow::metEarly,
                        TimelinessRow::missed, TimelinessRow::onTimeRate)
                .containsExactly(tuple(1L, 0L, 1L, 0L, 0.5));
        assertThat(readSide.deadlines(SCH_EARLY_MONITORING_VISIT_OCTOBER_2025.fileName(), afterIt))
                .filteredOn(row -> row.code().equals("MONITORING_VISIT"))
                .extracting(DeadlineView::status, DeadlineView::metAt)
                .containsExactly(tuple("MET_EARLY", Instant.parse("2025-10-27T08:00:00Z")));
    }

    /** Also during the pause, after the Easter escalation's miss, and on the deferred visit's missed Annex A. */
    @ParameterizedTest(name = "at {0}")
    @ValueSource(strings = {"2024-12-20T09:00:00Z", "2025-02-04T09:00:00Z", "2025-02-11T12:30:00Z",
            "2025-04-17T16:00:00Z", "2025-04-23T09:00:00Z", "2025-06-10T15:45:00Z", "2025-06-20T09:00:00Z",
            "2025-10-28T09:00:00Z"})
    void the_counts_agree_with_the_deadline_rows_of_the_same_status(String instant) {
        Instant now = Instant.parse(instant);
        deliverEveryStoryAsRecordedBy(now);
        Map<String, Map<String, Long>> rowsByCodeAndStatus = readSide.deadlineBoard(now)
                .find(new DeadlineFilter(null, null, null, null, null, null, null), PageRequest.of(0, 500)).items()
                .stream()
                .filter(row -> !isWindow(row.code(), row.visitType()))
                .collect(Collectors.groupingBy(DeadlineView::code,
                        Collectors.groupingBy(DeadlineView::status, Collectors.counting())));

        List<TimelinessRow> rates = readSide.timeliness(now).timeliness(null);
        assertThat(rates).extracting(TimelinessRow::code).containsExactlyInAnyOrderElementsOf(rowsByCodeAndStatus.keySet());
        for (TimelinessRow rate : rates) {
            Map<String, Long> rows = rowsByCodeAndStatus.get(rate.code());
            assertThat(rate.metOnTime()).as("%s met on time", rate.code()).isEqualTo(rows.getOrDefault("MET", 0L));
            assertThat(rate.metLate()).as("%s met late", rate.code()).isEqualTo(rows.getOrDefault("MET_LATE", 0L));
            assertThat(rate.metEarly()).as("%s met early", rate.code())
                    .isEqualTo(rows.getOrDefault("MET_EARLY", 0L));
            assertThat(rate.missed()).as("%s missed", rate.code()).isEqualTo(rows.getOrDefault("OVERDUE", 0L));
            assertThat(rate.open()).as("%s open", rate.code())
                    .isEqualTo(rows.getOrDefault("OPEN", 0L) + rows.getOrDefault("DUE_SOON", 0L));
        }
    }

    /** The read models as they stood at {@code instant}: every event recorded by then. */
    private void deliverEveryStoryAsRecordedBy(Instant instant) {
        Arrays.stream(RecordedStory.values()).map(story -> story.read().recordedUntil(instant))
                .forEach(readSide::deliver);
    }

    /** Rule DASHBOARD-TIMELINESS as this test reads it: the rates leave out the windows, not the duties. */
    private static boolean isWindow(String code, String visitType) {
        return code.equals("COMPLAINT_WINDOW")
                || code.equals("PROVIDER_COMMENTS") && !visitType.equals("LA_SAFEGUARDING_LAC");
    }
}
