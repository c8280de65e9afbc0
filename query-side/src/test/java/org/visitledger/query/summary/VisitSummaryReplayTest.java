package org.visitledger.query.summary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.Provider;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.visitledger.events.stream.RecordedStory.*;

/**
 * The visit summary after replaying the recorded stories: the lifecycle status each reaches (docs/rules.md,
 * "Assurance-visit lifecycle"), the last day of the visit, whether serious or widespread concerns were identified,
 * when it was announced and how far the summary has got. The side exits are in SideExitSummaryReplayTest.
 */
class VisitSummaryReplayTest {

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream rss = RSS_EASTER_2025.read();
    private final RecordedStream sch = SCH_DECEMBER_2024.read();
    private final RecordedStream withdrawn = SCH_WITHDRAWN_MARCH_2025.read();
    private final RecordedStream seriousConcern = SCH_SERIOUS_CONCERN_EASTER_2025.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void the_rss_visit_is_closed_once_published_with_its_complaint_window_over_and_its_complaint_resolved() {
        readSide.deliver(rss);

        VisitSummaryView summary = summaryOf(rss);
        assertThat(summary.status()).isEqualTo("CLOSED");
        assertThat(summary.visitType()).isEqualTo("RSS_ASSURANCE");
        assertThat(summary.rulebookVersion()).isEqualTo("4");
        assertThat(summary.provider()).isEqualTo(new Provider("SC000002", "Hill View School", "Devon", "South West"));
        assertThat(summary.leadInspector()).isEqualTo("Jo Smith");
        assertThat(summary.visitEndedOn()).as("feedback on Maundy Thursday made it the last day of the visit")
                .isEqualTo(LocalDate.of(2025, 4, 17));
        assertThat(summary.seriousOrWidespreadConcerns()).isFalse();
    }

    @Test
    void a_published_visit_stays_published_while_its_complaint_is_open_even_after_the_complaint_window_ran_out() {
        Instant windowOverComplaintOpen = Instant.parse("2025-06-02T09:00:00Z");
        readSide.deliver(rss.recordedUntil(windowOverComplaintOpen));

        assertThat(summaryOf(rss).status()).isEqualTo("PUBLISHED");
    }

    @Test
    void the_sch_visit_published_after_its_complaint_window_ran_out_is_closed_at_publication() {
        readSide.deliver(sch);

        VisitSummaryView summary = summaryOf(sch);
        assertThat(summary.status()).isEqualTo("CLOSED");
        assertThat(summary.visitEndedOn()).isEqualTo(LocalDate.of(2024, 12, 18));
    }

    @Test
    void the_sch_visit_stands_at_final_sent_until_its_report_is_published() {
        readSide.deliver(sch.recordedUntil(Instant.parse("2025-02-04T09:00:00Z")));

        assertThat(summaryOf(sch).status()).isEqualTo("FINAL_SENT");
    }

    @Test
    void a_visit_withdrawn_on_site_is_withdrawn_and_never_ended() {
        readSide.deliver(withdrawn);

        VisitSummaryView summary = summaryOf(withdrawn);
        assertThat(summary.status()).isEqualTo("WITHDRAWN");
        assertThat(summary.visitEndedOn()).isNull();
        assertThat(summary.seriousOrWidespreadConcerns()).as("no feedback was given").isNull();
    }

    @Test
    void the_visit_that_ended_with_a_serious_concern_is_closed_and_marked_as_having_serious_concerns() {
        readSide.deliver(seriousConcern);

        VisitSummaryView summary = summaryOf(seriousConcern);
        assertThat(summary.status()).as("the monitoring visit was commissioned after the closure").isEqualTo("CLOSED");
        assertThat(summary.provider()).isEqualTo(new Provider("SC000004", "Beacon House Secure Children's Home",
                "Leeds", "Yorkshire and the Humber"));
        assertThat(summary.visitEndedOn()).isEqualTo(LocalDate.of(2025, 4, 17));
        assertThat(summary.seriousOrWidespreadConcerns()).isTrue();
        assertThat(summary.version()).as("50 events").isEqualTo(49);
    }

    @Test
    void a_serious_concern_raised_on_site_marks_the_visit_before_the_feedback() {
        // The feedback must then state serious concerns (the aggregate refuses it otherwise), so the mark stands.
        readSide.deliver(seriousConcern.recordedUntil(Instant.parse("2025-04-16T09:00:00Z")));
        assertThat(summaryOf(seriousConcern).seriousOrWidespreadConcerns()).as("nothing raised yet").isNull();

        // The events already applied come again, as after a restart, and change nothing.
        readSide.deliver(seriousConcern.recordedUntil(Instant.parse("2025-04-16T12:00:00Z")));
        assertThat(summaryOf(seriousConcern).status()).isEqualTo("ON_SITE");
        assertThat(summaryOf(seriousConcern).seriousOrWidespreadConcerns()).isTrue();
    }

    @Test
    void the_announcement_time_is_when_the_call_happened_not_when_it_was_recorded() {
        readSide.deliver(sch);

        assertThat(sch.events().get(0).recordedAt()).isEqualTo(Instant.parse("2024-12-16T09:05:00Z"));
        assertThat(summaryOf(sch).announcedAt()).isEqualTo(Instant.parse("2024-12-16T09:00:00Z"));
    }

    @Test
    void the_summary_version_is_the_sequence_number_of_the_last_event_applied() {
        readSide.deliver(rss.recordedUntil(Instant.parse("2025-04-17T16:00:00Z")), sch, withdrawn);

        assertThat(summaryOf(rss).version()).as("the feedback's last deadline was event 15").isEqualTo(15);
        assertThat(summaryOf(sch).version()).as("34 events").isEqualTo(33);
        assertThat(summaryOf(withdrawn).version()).as("16 events").isEqualTo(15);
        assertThat(summaryOf(rss).status()).isEqualTo("VISIT_ENDED");
    }

    @Test
    void the_visit_list_filters_the_stories_by_status_and_region_newest_first() {
        for (RecordedStory story : RecordedStory.values()) {
            readSide.deliver(story.read());
        }
        PageRequest firstPage = PageRequest.of(0, 50);

        assertThat(readSide.summaries().list(new VisitListFilter(null, "CLOSED", null, null, null), firstPage).items())
                .extracting(VisitSummaryView::visitId)
                .containsExactly(RSS_EASTER_2025.fileName(), SCH_SERIOUS_CONCERN_EASTER_2025.fileName(),
                        SCH_DECEMBER_2024.fileName(), LA_CHRISTMAS_2024.fileName());
        assertThat(readSide.summaries().list(new VisitListFilter(null, null, "East of England", null, null), firstPage)
                .items())
                .extracting(VisitSummaryView::visitId, VisitSummaryView::visitType, VisitSummaryView::status)
                .containsExactly(tuple(RSS_DEFERRED_JUNE_2025.fileName(),
                        "RSS_ASSURANCE", "DEFERRED"), tuple(LA_CHRISTMAS_2024.fileName(),
                        "LA_SAFEGUARDING_LAC", "CLOSED"));
        assertThat(readSide.summaries().list(new VisitListFilter(null, "DEFERRED", null, null, null), firstPage)
                .items())
                .extracting(VisitSummaryView::visitId)
                .containsExactly(RSS_DEFERRED_JUNE_2025.fileName());
        assertThat(readSide.summaries().list(new VisitListFilter(null, "INCOMPLETE", null, null, null), firstPage)
                .items())
                .extracting(VisitSummaryView::visitId)
                .containsExactly(SCH_PAUSED_FEBRUARY_2025.fileName());
        assertThat(readSide.summaries().list(new VisitListFilter(null, null, "North West", null, null), firstPage)
                .items())
                .extracting(VisitSummaryView::visitId)
                .containsExactly(SCH_WITHDRAWN_MARCH_2025.fileName());
    }

    private VisitSummaryView summaryOf(RecordedStream stream) {
        return readSide.summaries().find(stream.visitId()).orElseThrow();
    }
}
