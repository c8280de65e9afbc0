package org.visitledger.query.deadlines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.visitledger.events.stream.RecordedStory.*;

/**
 * The deadline dashboard after replaying the recorded stories (docs/rules.md, "Deadlines"): one row per
 * deadline, due when the rulebook says (end of a London working day: 22:59:59Z in summer, 23:59:59Z in winter),
 * and a status computed when read: MET, MET_LATE, OVERDUE (past due, not met, whether or not the miss was recorded
 * yet), DUE_SOON (due within the next 2 working days), OPEN, or CANCELLED. The serious-concern story's rows are in
 * SeriousConcernDeadlinesReplayTest, the side exits' in SideExitDeadlinesReplayTest; the filters and the summary
 * here count every story.
 */
class DeadlineDashboardReplayTest {

    /** After every story has ended. */
    private static final Instant JUNE_2025 = Instant.parse("2025-06-20T09:00:00Z");

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream rss = RSS_EASTER_2025.read();
    private final RecordedStream sch = SCH_DECEMBER_2024.read();
    private final RecordedStream withdrawn = SCH_WITHDRAWN_MARCH_2025.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void every_deadline_of_the_closed_rss_visit_was_met_on_time() {
        readSide.deliver(rss);

        List<DeadlineView> rows = readSide.deadlines(rss.visitId(), JUNE_2025);
        assertThat(rows).extracting(DeadlineView::deadlineId, DeadlineView::owner, DeadlineView::dueAt,
                        DeadlineView::status, DeadlineView::metAt)
                .containsExactly(
                        tuple("ANNEX_A_RETURN", "PROVIDER", at("2025-04-16T13:00:00Z"), "MET",
                                at("2025-04-16T12:00:00Z")),
                        // Good Friday and Easter Monday are not working days.
                        tuple("QA_SUBMISSION", "LEAD_INSPECTOR", at("2025-04-22T22:59:59Z"), "MET",
                                at("2025-04-22T10:00:00Z")),
                        tuple("DRAFT_REPORT", "INSPECTORATE", at("2025-05-16T22:59:59Z"), "MET",
                                at("2025-05-14T10:00:00Z")),
                        tuple("PROVIDER_COMMENTS", "PROVIDER", at("2025-05-21T22:59:59Z"), "MET",
                                at("2025-05-19T10:00:00Z")),
                        // A window, not a duty: it is met when it has run its course (Monday 26 May is a holiday).
                        tuple("COMPLAINT_WINDOW", "PROVIDER", at("2025-05-30T22:59:59Z"), "MET",
                                at("2025-05-30T22:59:59Z")),
                        tuple("FINAL_REPORT", "INSPECTORATE", at("2025-06-04T22:59:59Z"), "MET",
                                at("2025-05-22T10:00:00Z")),
                        tuple("PUBLICATION", "INSPECTORATE", at("2025-06-16T22:59:59Z"), "MET",
                                at("2025-05-27T09:00:00Z")));
        assertThat(rows).extracting(DeadlineView::visitType, DeadlineView::region)
                .containsOnly(tuple("RSS_ASSURANCE", "South West"));
    }

    @Test
    void late_acts_show_met_late_and_misses_never_made_good_show_overdue() {
        readSide.deliver(sch);

        assertThat(readSide.deadlines(sch.visitId(), JUNE_2025))
                .extracting(DeadlineView::deadlineId, DeadlineView::dueAt, DeadlineView::status, DeadlineView::metAt)
                .containsExactly(
                        tuple("ANNEX_A_RETURN", at("2024-12-16T13:00:00Z"), "MET_LATE", at("2024-12-16T14:30:00Z")),
                        tuple("FURTHER_INFORMATION:FI-1", at("2024-12-17T12:00:00Z"), "OVERDUE", null),
                        tuple("QA_SUBMISSION", at("2024-12-19T23:59:59Z"), "MET_LATE", at("2024-12-20T11:00:00Z")),
                        tuple("DRAFT_REPORT", at("2025-01-16T23:59:59Z"), "MET", at("2025-01-10T10:00:00Z")),
                        // The provider stayed silent: from SCH version 3 its comment window ran its course.
                        tuple("PROVIDER_COMMENTS", at("2025-01-17T23:59:59Z"), "MET", at("2025-01-17T23:59:59Z")),
                        tuple("FINAL_REPORT", at("2025-02-03T23:59:59Z"), "MET", at("2025-01-29T10:00:00Z")),
                        tuple("COMPLAINT_WINDOW", at("2025-02-05T23:59:59Z"), "MET", at("2025-02-05T23:59:59Z")),
                        tuple("PUBLICATION", at("2025-02-13T23:59:59Z"), "MET_LATE", at("2025-02-17T09:00:00Z")));
    }

    @Test
    void after_the_final_report_the_complaint_window_is_due_soon_and_publication_open() {
        Instant tuesday = Instant.parse("2025-02-04T09:00:00Z");
        readSide.deliver(sch.recordedUntil(tuesday));

        // Due soon: by the end of Thursday 6 February, the second working day after Tuesday.
        assertThat(readSide.deadlines(sch.visitId(), tuesday))
                .extracting(DeadlineView::deadlineId, DeadlineView::status)
                .endsWith(tuple("FINAL_REPORT", "MET"), tuple("COMPLAINT_WINDOW", "DUE_SOON"),
                        tuple("PUBLICATION", "OPEN"));
    }

    @Test
    void over_easter_qa_is_due_soon_on_maundy_thursday_because_good_friday_and_easter_monday_are_not_working_days() {
        Instant maundyThursday = Instant.parse("2025-04-17T16:00:00Z");
        readSide.deliver(rss.recordedUntil(maundyThursday));

        // Due on Tuesday 22 April, the first working day after Thursday; five calendar days away.
        assertThat(readSide.deadlines(rss.visitId(), maundyThursday))
                .extracting(DeadlineView::deadlineId, DeadlineView::status)
                .containsExactly(tuple("ANNEX_A_RETURN", "MET"), tuple("QA_SUBMISSION", "DUE_SOON"),
                        tuple("DRAFT_REPORT", "OPEN"), tuple("FINAL_REPORT", "OPEN"), tuple("PUBLICATION", "OPEN"));
    }

    @Test
    void a_deadline_past_its_due_time_shows_overdue_before_the_miss_is_recorded() {
        // The projection has the events up to Thursday noon; QA fell due at the end of Thursday and the deadline
        // manager's miss has not arrived (the application was down, or the projection lags).
        readSide.deliver(sch.recordedUntil(Instant.parse("2024-12-19T12:00:00Z")));
        Instant friday = Instant.parse("2024-12-20T09:00:00Z");

        assertThat(readSide.deadlines(sch.visitId(), friday))
                .extracting(DeadlineView::deadlineId, DeadlineView::status)
                .contains(tuple("FURTHER_INFORMATION:FI-1", "OVERDUE"), tuple("QA_SUBMISSION", "OVERDUE"));
    }

    @Test
    void withdrawal_cancels_the_open_and_the_missed_further_information_deadlines_and_annex_a_stays_met() {
        readSide.deliver(withdrawn);

        List<DeadlineView> rows = readSide.deadlines(withdrawn.visitId(), JUNE_2025);
        assertThat(rows).extracting(DeadlineView::deadlineId, DeadlineView::dueAt, DeadlineView::status,
                        DeadlineView::metAt)
                .containsExactly(
                        tuple("ANNEX_A_RETURN", at("2025-03-10T13:00:00Z"), "MET", at("2025-03-10T11:30:00Z")),
                        tuple("FURTHER_INFORMATION:FI-2", at("2025-03-11T09:00:00Z"), "CANCELLED", null),
                        tuple("FURTHER_INFORMATION:FI-1", at("2025-03-11T12:00:00Z"), "CANCELLED", null));
        assertThat(rows).extracting(DeadlineView::visitType, DeadlineView::region)
                .containsOnly(tuple("SCH_ASSURANCE", "North West"));
    }

    @Test
    void the_overdue_filter_finds_only_the_misses_never_made_good() {
        deliverEveryStory();

        // The deferred and the incomplete visits' misses were cancelled.
        List<DeadlineView> overdue = readSide.deadlineBoard(JUNE_2025)
                .find(new DeadlineFilter(null, DeadlineStatus.OVERDUE, null, null, null, null, null),
                        PageRequest.of(0, 50))
                .items();
        assertThat(overdue).extracting(DeadlineView::visitId, DeadlineView::deadlineId).containsExactly(
                tuple(sch.visitId(), "FURTHER_INFORMATION:FI-1"),
                tuple(SCH_SERIOUS_CONCERN_EASTER_2025.fileName(), "LA_NOTIFICATION"));
    }

    @Test
    void the_dashboard_summary_counts_every_story_s_rows_by_code_and_status() {
        deliverEveryStory();

        // The September and October 2025 stories' report clocks, still running, are OPEN; the escalation the
        // September story's QA revised away is CANCELLED (rule CONCERN-FINDING-REVISED); the October story's
        // monitoring visit, announced before its window, is MET_EARLY (rule MONITORING-VISIT-EARLY).
        assertThat(readSide.deadlineBoard(JUNE_2025).summary()).isEqualTo(Map.ofEntries(
                Map.entry("ANNEX_A_RETURN", Map.of("MET", 6L, "MET_LATE", 1L, "CANCELLED", 1L)),
                Map.entry("QA_SUBMISSION", Map.of("MET", 4L, "MET_LATE", 1L)),
                Map.entry("DRAFT_REPORT", Map.of("MET", 5L, "OPEN", 1L)),
                Map.entry("PROVIDER_COMMENTS", Map.of("MET", 4L, "OPEN", 1L)),
                Map.entry("FINAL_REPORT", Map.of("MET", 4L, "OPEN", 2L)),
                Map.entry("COMPLAINT_WINDOW", Map.of("MET", 4L)),
                Map.entry("PUBLICATION", Map.of("MET", 3L, "MET_LATE", 1L, "OPEN", 2L)),
                Map.entry("FURTHER_INFORMATION", Map.of("OVERDUE", 1L, "CANCELLED", 4L)),
                Map.entry("CASE_REVIEW", Map.of("MET", 2L, "CANCELLED", 1L)),
                Map.entry("LA_NOTIFICATION", Map.of("OVERDUE", 1L, "MET", 1L, "CANCELLED", 1L)),
                Map.entry("MONITORING_VISIT", Map.of("MET", 1L, "MET_EARLY", 1L)),
                // The LA inspection of Northshire (LA_CHRISTMAS_2024): its own codes, every one met on time.
                Map.entry("CASE_LIST", Map.of("MET", 1L)),
                Map.entry("INITIAL_CASE_SELECTION", Map.of("MET", 1L)),
                Map.entry("FIELDWORK_FEEDBACK", Map.of("MET", 1L))));
    }

    private void deliverEveryStory() {
        for (RecordedStory story : RecordedStory.values()) {
            readSide.deliver(story.read());
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
