package org.visitledger.query.summary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.deadlines.DeadlineView;
import org.visitledger.query.notifications.NotificationView;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.visitledger.events.stream.RecordedStory.SCH_FINDING_REVISED_SEPTEMBER_2025;

/**
 * Rule CONCERN-FINDING-REVISED on the read models: the summary follows the latest finding on serious or widespread
 * concerns; the escalation a revision started and the next revision cancelled shows CANCELLED on the dashboard and in
 * the notification log, and what was sent stays SENT.
 */
class FindingRevisedSummaryReplayTest {

    private static final Instant AFTER_THE_STORY = Instant.parse("2025-09-17T09:00:00Z");

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream story = SCH_FINDING_REVISED_SEPTEMBER_2025.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void the_summary_follows_the_latest_finding() {
        assertThat(findingAt("2025-09-11T12:00:00Z")).as("feedback: no serious concerns").isFalse();
        assertThat(findingAt("2025-09-12T12:00:00Z")).as("revised to serious").isTrue();
        assertThat(findingAt("2025-09-15T12:00:00Z")).as("revised back").isFalse();
    }

    @Test
    void the_escalation_revised_away_is_cancelled_on_the_dashboard_and_in_the_notification_log() {
        readSide.deliver(story);
        assertThat(readSide.deadlines(story.visitId(), AFTER_THE_STORY))
                .filteredOn(deadline -> deadline.code().equals("CASE_REVIEW")
                        || deadline.code().equals("LA_NOTIFICATION"))
                .extracting(DeadlineView::deadlineId, DeadlineView::status)
                .containsExactlyInAnyOrder(tuple("CASE_REVIEW", "CANCELLED"), tuple("LA_NOTIFICATION", "CANCELLED"));
        assertThat(readSide.notifications(story.visitId(), AFTER_THE_STORY))
                .extracting(NotificationView::notificationId, NotificationView::status)
                .containsExactlyInAnyOrder(tuple("N-1", "SENT"), tuple("N-2", "SENT"), tuple("N-3", "SENT"),
                        tuple("N-4", "CANCELLED"), tuple("N-5", "CANCELLED"), tuple("N-6", "CANCELLED"),
                        tuple("N-7", "SENT"));
    }

    private Boolean findingAt(String instant) {
        readSide.deliver(story.recordedUntil(Instant.parse(instant)));
        return readSide.summaries().find(story.visitId()).orElseThrow().seriousOrWidespreadConcerns();
    }
}
