package org.visitledger.query.summary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitledger.events.stream.RecordedStory.RSS_DEFERRED_JUNE_2025;
import static org.visitledger.events.stream.RecordedStory.SCH_PAUSED_FEBRUARY_2025;

/**
 * The visit summary of the stories leaving the report path by a side exit (docs/rules.md, "The assurance
 * lifecycle"; seed 004): DEFERRED when the duty desk grants a deferral, PAUSED and back to the status the visit
 * was paused in, INCOMPLETE. A visit that leaves by a side exit never ends and has no feedback.
 */
class SideExitSummaryReplayTest {

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream deferred = RSS_DEFERRED_JUNE_2025.read();
    private final RecordedStream paused = SCH_PAUSED_FEBRUARY_2025.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void a_visit_stays_announced_while_its_deferral_request_waits_and_is_deferred_once_granted() {
        readSide.deliver(deferred.recordedUntil(Instant.parse("2025-06-10T16:00:00Z")));
        assertThat(summaryOf(deferred).status()).as("the late request recorded, not yet decided")
                .isEqualTo("ANNOUNCED");

        readSide.deliver(deferred);
        VisitSummaryView summary = summaryOf(deferred);
        assertThat(summary.status()).isEqualTo("DEFERRED");
        assertThat(summary.visitType()).isEqualTo("RSS_ASSURANCE");
        assertThat(summary.visitEndedOn()).isNull();
        assertThat(summary.seriousOrWidespreadConcerns()).isNull();
        assertThat(summary.version()).as("11 events").isEqualTo(10);
    }

    @Test
    void a_visit_paused_on_site_is_paused_and_resumes_on_site() {
        assertThat(statusAt("2025-02-10T15:00:00Z")).isEqualTo("ON_SITE");
        assertThat(statusAt("2025-02-11T10:00:00Z")).isEqualTo("PAUSED");
        // The miss of FI-1 at noon, during the pause, leaves the status alone.
        assertThat(statusAt("2025-02-11T12:30:00Z")).isEqualTo("PAUSED");
        assertThat(statusAt("2025-02-11T13:00:00Z")).as("resumed in the status it was paused in")
                .isEqualTo("ON_SITE");
        assertThat(statusAt("2025-02-12T10:00:00Z")).as("paused a second time").isEqualTo("PAUSED");
    }

    @Test
    void a_visit_paused_and_ended_incomplete_is_incomplete_and_never_ended() {
        readSide.deliver(paused);

        VisitSummaryView summary = summaryOf(paused);
        assertThat(summary.status()).isEqualTo("INCOMPLETE");
        assertThat(summary.visitEndedOn()).isNull();
        assertThat(summary.seriousOrWidespreadConcerns()).isNull();
        assertThat(summary.version()).as("21 events, the regional director's two pieces of advice included").isEqualTo(20);
    }

    /** The status once the events recorded by {@code instant} have been applied, on top of those before. */
    private String statusAt(String instant) {
        readSide.deliver(paused.recordedUntil(Instant.parse(instant)));
        return summaryOf(paused).status();
    }

    private VisitSummaryView summaryOf(RecordedStream stream) {
        return readSide.summaries().find(stream.visitId()).orElseThrow();
    }
}
