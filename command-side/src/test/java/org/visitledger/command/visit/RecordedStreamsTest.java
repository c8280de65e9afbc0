package org.visitledger.command.visit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineMet;
import org.visitledger.events.DeadlineMissed;
import org.visitledger.events.DeferralRequested;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.events.VisitClosed;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's projection tests replay the streams the Visit aggregate records for the stories of
 * {@link RecordedStory}, committed in shared-events ({@code src/test/resources/streams}). This test records
 * each story again and fails when the aggregate no longer records the committed stream, so that the projections
 * are always tested against what the aggregate really produces.
 * <p>
 * When a change of the aggregate's output is intended, run {@code ./mvnw -pl command-side -am test
 * -Dstreams.update=true}: it rewrites the files that changed in the source tree. Review their diff, commit them
 * with the change, and run the build again so that the query side replays the new streams.
 */
class RecordedStreamsTest {

    private static final boolean UPDATE = Boolean.getBoolean("streams.update");
    /** The files belong to shared-events, this module's sibling; written in its source tree, not a copy. */
    private static final Path SHARED_EVENTS = Path.of(System.getProperty("basedir", "."), "..", "shared-events");

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordedStory.class)
    void the_visit_aggregate_still_records_the_committed_stream(RecordedStory story) throws IOException {
        RecordedStream recorded = VisitStories.record(story);
        Path committed = story.sourceFile(SHARED_EVENTS);
        if (UPDATE) {
            recorded.writeTo(committed);
        }

        assertThat(committed).as("recorded stream of %s; record it with -Dstreams.update=true", story).exists();
        RecordedStream expected = RecordedStream.read(committed);
        String changed = "the Visit aggregate no longer records the committed stream %s; if that is intended, rerun "
                + "with -Dstreams.update=true and commit the reviewed file with the change";
        assertThat(recorded.payloadTypes()).as(changed, committed).containsExactlyElementsOf(expected.payloadTypes());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(recorded.events().get(i)).as(changed + " (entry %d)", committed, i)
                    .isEqualTo(expected.events().get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordedStory.class)
    void every_miss_and_lapse_is_recorded_by_the_deadline_manager_at_the_due_time(RecordedStory story) {
        for (DomainEventMessage<?> message : VisitStories.record(story).messages()) {
            Object actor = message.getMetaData().get(EventMetadataKeys.ACTOR);
            Optional<Instant> lapsedAt = dueTimeIfLapsed(message.getPayload());
            if (lapsedAt.isPresent()) {
                assertThat(actor).as("actor of %s", message.getPayload()).isEqualTo(EventMetadata.SYSTEM_ACTOR);
                assertThat(message.getTimestamp()).as("recorded time of %s", message.getPayload())
                        .isEqualTo(lapsedAt.get());
            } else if (EventMetadata.SYSTEM_ACTOR.equals(actor)) {
                assertThat(message.getPayload()).as("besides misses and lapses the deadline manager only closes")
                        .isInstanceOf(VisitClosed.class);
            }
        }
    }

    @Test
    void the_stories_let_deadlines_pass_unmet() {
        assertThat(missedDeadlineIds(RecordedStory.RSS_EASTER_2025)).isEmpty();
        // The provider stayed silent on the draft: from SCH version 3 its comment window runs its course, no miss.
        assertThat(missedDeadlineIds(RecordedStory.SCH_DECEMBER_2024)).containsExactly("ANNEX_A_RETURN",
                "FURTHER_INFORMATION:FI-1", "QA_SUBMISSION", "PUBLICATION");
        assertThat(missedDeadlineIds(RecordedStory.SCH_WITHDRAWN_MARCH_2025))
                .containsExactly("FURTHER_INFORMATION:FI-2");
        assertThat(missedDeadlineIds(RecordedStory.SCH_SERIOUS_CONCERN_EASTER_2025)).as("Bradford never emailed")
                .containsExactly("LA_NOTIFICATION");
        assertThat(missedDeadlineIds(RecordedStory.RSS_DEFERRED_JUNE_2025)).containsExactly("ANNEX_A_RETURN");
        assertThat(missedDeadlineIds(RecordedStory.SCH_PAUSED_FEBRUARY_2025)).as("due during the pause")
                .containsExactly("FURTHER_INFORMATION:FI-1");
    }

    @Test
    void the_deferral_requested_at_16_40_london_time_is_recorded_late() {
        // 15:40Z, before 16:30 in UTC: only London time makes it late.
        assertThat(VisitStories.record(RecordedStory.RSS_DEFERRED_JUNE_2025).messages().stream()
                .map(DomainEventMessage::getPayload)
                .filter(DeferralRequested.class::isInstance)
                .map(payload -> ((DeferralRequested) payload).late()))
                .containsExactly(true);
    }

    private static List<String> missedDeadlineIds(RecordedStory story) {
        return VisitStories.record(story).messages().stream()
                .map(DomainEventMessage::getPayload)
                .filter(DeadlineMissed.class::isInstance)
                .map(payload -> ((DeadlineMissed) payload).deadlineId())
                .toList();
    }

    /** A duty missed, or the complaint window (a window, not a duty) run out: both happen at the due time. */
    private static Optional<Instant> dueTimeIfLapsed(Object event) {
        if (event instanceof DeadlineMissed missed) {
            return Optional.of(missed.dueAt());
        }
        // A window (the complaint window; from version 3 the comment period too) runs its course at its due time.
        if (event instanceof DeadlineMet met && (met.code() == DeadlineCode.COMPLAINT_WINDOW
                || met.code() == DeadlineCode.PROVIDER_COMMENTS && met.occurredAt().equals(met.dueAt()))) {
            return Optional.of(met.dueAt());
        }
        return Optional.empty();
    }
}
