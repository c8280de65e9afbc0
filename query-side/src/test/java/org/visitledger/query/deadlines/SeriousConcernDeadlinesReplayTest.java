package org.visitledger.query.deadlines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.visitledger.events.stream.RecordedStory.SCH_SERIOUS_CONCERN_EASTER_2025;

/**
 * The deadline rows of the SCH visit that ended with serious concerns on Maundy Thursday 2025-04-17 (docs/rules.md,
 * "Deadlines"; BST, so the end of a London day is 22:59:59Z). Good Friday 18 and Easter Monday 21 April are bank
 * holidays: the next working day is Tuesday 22 April (LA_NOTIFICATION, QA), the fifth is Monday 28 April
 * (CASE_REVIEW). The monitoring visit is due 8 weeks after the last day of the visit, by the end of 12 June.
 */
class SeriousConcernDeadlinesReplayTest {

    private static final Instant JUNE_2025 = Instant.parse("2025-06-20T09:00:00Z");

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream story = SCH_SERIOUS_CONCERN_EASTER_2025.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void the_case_review_and_the_monitoring_visit_were_met_on_time_and_the_unfinished_local_authority_emails_are_overdue() {
        readSide.deliver(story);

        assertThat(readSide.deadlines(story.visitId(), JUNE_2025))
                .extracting(DeadlineView::deadlineId, DeadlineView::owner, DeadlineView::dueAt, DeadlineView::status,
                        DeadlineView::metAt)
                .containsExactly(
                        tuple("ANNEX_A_RETURN", "PROVIDER", at("2025-04-15T12:00:00Z"), "MET",
                                at("2025-04-15T11:00:00Z")),
                        // Placing authority Bradford was never emailed: missed, and never made good.
                        tuple("LA_NOTIFICATION", "LEAD_INSPECTOR", at("2025-04-22T22:59:59Z"), "OVERDUE", null),
                        tuple("QA_SUBMISSION", "LEAD_INSPECTOR", at("2025-04-22T22:59:59Z"), "MET",
                                at("2025-04-22T15:00:00Z")),
                        tuple("CASE_REVIEW", "REGIONAL_INSPECTION_MANAGER", at("2025-04-28T22:59:59Z"), "MET",
                                at("2025-04-25T14:00:00Z")),
                        tuple("DRAFT_REPORT", "INSPECTORATE", at("2025-05-16T22:59:59Z"), "MET",
                                at("2025-05-14T10:00:00Z")),
                        tuple("PROVIDER_COMMENTS", "PROVIDER", at("2025-05-21T22:59:59Z"), "MET",
                                at("2025-05-19T10:00:00Z")),
                        tuple("COMPLAINT_WINDOW", "PROVIDER", at("2025-05-30T22:59:59Z"), "MET",
                                at("2025-05-30T22:59:59Z")),
                        tuple("FINAL_REPORT", "INSPECTORATE", at("2025-06-04T22:59:59Z"), "MET",
                                at("2025-05-22T10:00:00Z")),
                        // Commissioned on Monday 2 June, inside the window that opened on 29 May.
                        tuple("MONITORING_VISIT", "INSPECTORATE", at("2025-06-12T22:59:59Z"), "MET",
                                at("2025-06-02T07:30:00Z")),
                        tuple("PUBLICATION", "INSPECTORATE", at("2025-06-16T22:59:59Z"), "MET",
                                at("2025-05-27T09:00:00Z")));
    }

    @Test
    void after_the_feedback_on_maundy_thursday_the_local_authority_emails_are_due_soon_over_the_easter_weekend() {
        Instant thursdayEvening = Instant.parse("2025-04-17T16:00:00Z");
        readSide.deliver(story.recordedUntil(thursdayEvening));

        // Due soon: by the end of Wednesday 23 April, the second working day after Thursday.
        assertThat(readSide.deadlines(story.visitId(), thursdayEvening))
                .extracting(DeadlineView::deadlineId, DeadlineView::status)
                .containsExactly(tuple("ANNEX_A_RETURN", "MET"), tuple("LA_NOTIFICATION", "DUE_SOON"),
                        tuple("QA_SUBMISSION", "DUE_SOON"), tuple("CASE_REVIEW", "OPEN"),
                        tuple("DRAFT_REPORT", "OPEN"), tuple("FINAL_REPORT", "OPEN"), tuple("PUBLICATION", "OPEN"));
    }

    @Test
    void the_day_after_the_miss_the_local_authority_emails_are_overdue_and_the_case_review_comes_due_soon_on_thursday() {
        Instant wednesday = Instant.parse("2025-04-23T09:00:00Z");
        readSide.deliver(story.recordedUntil(wednesday));
        // Wednesday's horizon ends on Friday 25 April; Thursday's, the weekend skipped, on Monday 28 April.
        assertThat(readSide.deadlines(story.visitId(), wednesday))
                .extracting(DeadlineView::deadlineId, DeadlineView::status)
                .contains(tuple("LA_NOTIFICATION", "OVERDUE"), tuple("QA_SUBMISSION", "MET"),
                        tuple("CASE_REVIEW", "OPEN"));

        // Nothing is recorded on Thursday: the status moves with the clock alone.
        Instant thursday = Instant.parse("2025-04-24T09:00:00Z");
        assertThat(readSide.deadlines(story.visitId(), thursday))
                .extracting(DeadlineView::deadlineId, DeadlineView::status)
                .contains(tuple("CASE_REVIEW", "DUE_SOON"));
    }

    @Test
    void the_case_review_opens_the_monitoring_visit_deadline_which_stays_open_until_the_visit_is_commissioned() {
        Instant mayDay = Instant.parse("2025-05-01T09:00:00Z");
        readSide.deliver(story.recordedUntil(mayDay));

        assertThat(readSide.deadlines(story.visitId(), mayDay))
                .filteredOn(row -> row.code().equals("CASE_REVIEW") || row.code().equals("MONITORING_VISIT"))
                .extracting(DeadlineView::deadlineId, DeadlineView::owner, DeadlineView::status)
                .containsExactly(tuple("CASE_REVIEW", "REGIONAL_INSPECTION_MANAGER", "MET"),
                        tuple("MONITORING_VISIT", "INSPECTORATE", "OPEN"));
        assertThat(readSide.deadlines(story.visitId(), mayDay)).extracting(DeadlineView::visitType,
                DeadlineView::region).containsOnly(tuple("SCH_ASSURANCE", "Yorkshire and the Humber"));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
