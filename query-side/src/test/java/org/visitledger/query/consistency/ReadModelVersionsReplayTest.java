package org.visitledger.query.consistency;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.deadlines.DeadlineDashboardProjection;
import org.visitledger.query.notifications.NotificationLogProjection;
import org.visitledger.query.replay.ReadSide;
import org.visitledger.query.summary.VisitSummaryProjection;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each read model records, per visit, the version it has applied (for X-Min-Version) and how many of the visit's
 * events it has seen, including those it ignores: once caught up, events_seen must equal the number of events
 * stored, or an event was skipped (docs/architecture.md, "Stack facts and pitfalls": the gap timeout).
 */
class ReadModelVersionsReplayTest {

    private static final List<String> READ_MODELS = List.of(VisitSummaryProjection.NAME,
            DeadlineDashboardProjection.NAME, NotificationLogProjection.NAME);

    private final ReadSide readSide = ReadSide.fresh();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @Test
    void every_read_model_has_seen_every_event_of_every_story_once_and_stands_at_its_last_sequence_number() {
        for (RecordedStory story : RecordedStory.values()) {
            readSide.deliver(story.read());
        }

        for (RecordedStory story : RecordedStory.values()) {
            RecordedStream stream = story.read();
            for (String readModel : READ_MODELS) {
                Map<String, Object> row = readSide.jdbc().queryForMap("SELECT version, events_seen FROM "
                        + "read_model_version WHERE processing_group = ? AND visit_id = ?", readModel, stream.visitId());
                assertThat(((Number) row.get("events_seen")).longValue()).as("events of %s seen by %s", story, readModel)
                        .isEqualTo(stream.size());
                assertThat(((Number) row.get("version")).longValue()).as("version of %s in %s", story, readModel)
                        .isEqualTo(stream.lastSequence());
            }
        }
    }
}
