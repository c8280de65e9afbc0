package org.visitledger.query.deadlines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.visitledger.events.stream.RecordedStory.RSS_DEFERRED_JUNE_2025;
import static org.visitledger.events.stream.RecordedStory.SCH_PAUSED_FEBRUARY_2025;

/**
 * Deferral and a visit ended incomplete cancel the open deadlines, those already missed included (docs/rules.md,
 * "Deadlines": CANCELLED, no longer applies); a pause stops no clock.
 */
class SideExitDeadlinesReplayTest {

    private static final Instant JUNE_2025 = Instant.parse("2025-06-20T09:00:00Z");

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream deferred = RSS_DEFERRED_JUNE_2025.read();
    private final RecordedStream paused = SCH_PAUSED_FEBRUARY_2025.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void the_annex_a_missed_before_the_deferral_request_is_overdue_until_the_deferral_is_granted_then_cancelled() {
        // 14:00 London time on Tuesday 10 June (BST) is 13:00Z.
        Instant requested = Instant.parse("2025-06-10T15:45:00Z");
        readSide.deliver(deferred.recordedUntil(requested));
        assertThat(readSide.deadlines(deferred.visitId(), requested))
                .extracting(DeadlineView::deadlineId, DeadlineView::owner, DeadlineView::dueAt, DeadlineView::status)
                .containsExactly(tuple("ANNEX_A_RETURN", "PROVIDER", at("2025-06-10T13:00:00Z"), "OVERDUE"));

        readSide.deliver(deferred);
        assertThat(readSide.deadlines(deferred.visitId(), JUNE_2025))
                .extracting(DeadlineView::deadlineId, DeadlineView::status, DeadlineView::metAt,
                        DeadlineView::visitType, DeadlineView::region)
                .containsExactly(tuple("ANNEX_A_RETURN", "CANCELLED", null, "RSS_ASSURANCE", "East of England"));
    }

    @Test
    void a_further_information_request_falls_due_during_the_pause_and_shows_overdue() {
        Instant duringThePause = Instant.parse("2025-02-11T12:30:00Z");
        readSide.deliver(paused.recordedUntil(duringThePause));

        assertThat(readSide.deadlines(paused.visitId(), duringThePause))
                .extracting(DeadlineView::deadlineId, DeadlineView::dueAt, DeadlineView::status)
                .containsExactly(tuple("ANNEX_A_RETURN", at("2025-02-10T13:00:00Z"), "MET"),
                        tuple("FURTHER_INFORMATION:FI-1", at("2025-02-11T12:00:00Z"), "OVERDUE"));
    }

    @Test
    void after_the_resumption_the_second_request_is_due_soon_beside_the_overdue_first() {
        Instant resumed = Instant.parse("2025-02-11T15:00:00Z");
        readSide.deliver(paused.recordedUntil(resumed));

        assertThat(readSide.deadlines(paused.visitId(), resumed))
                .extracting(DeadlineView::deadlineId, DeadlineView::status)
                .containsExactly(tuple("ANNEX_A_RETURN", "MET"), tuple("FURTHER_INFORMATION:FI-1", "OVERDUE"),
                        tuple("FURTHER_INFORMATION:FI-2", "DUE_SOON"));
    }

    @Test
    void ending_the_visit_incomplete_cancels_the_missed_and_the_open_requests_and_annex_a_stays_met() {
        readSide.deliver(paused);

        assertThat(readSide.deadlines(paused.visitId(), JUNE_2025))
                .extracting(DeadlineView::deadlineId, DeadlineView::owner, DeadlineView::dueAt, DeadlineView::status,
                        DeadlineView::metAt)
                .containsExactly(
                        tuple("ANNEX_A_RETURN", "PROVIDER", at("2025-02-10T13:00:00Z"), "MET",
                                at("2025-02-10T11:45:00Z")),
                        tuple("FURTHER_INFORMATION:FI-1", "PROVIDER", at("2025-02-11T12:00:00Z"), "CANCELLED", null),
                        tuple("FURTHER_INFORMATION:FI-2", "PROVIDER", at("2025-02-12T16:00:00Z"), "CANCELLED", null));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
