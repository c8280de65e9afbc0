package org.visitledger.query.consistency;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.query.replay.ReadSide;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event processors deliver at least once: after a crash, or when a segment's claim moves to another node, events
 * already applied are delivered again. Every read model must then end exactly as if each event had come once.
 */
class RedeliveryReplayTest {

    private final ReadSide readSide = ReadSide.fresh();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordedStory.class)
    void delivering_a_whole_stream_a_second_time_changes_no_row_of_any_read_model(RecordedStory story) {
        List<DomainEventMessage<?>> events = story.read().messages();
        events.forEach(readSide::deliver);
        Map<String, List<Map<String, Object>>> once = readSide.tableContents();

        for (DomainEventMessage<?> event : events) {
            readSide.deliver(event);
            assertThat(readSide.tableContents()).as("read models after redelivering event %d (%s)",
                    event.getSequenceNumber(), event.getPayloadType().getSimpleName()).isEqualTo(once);
        }
    }

    /** In one batch a visit's statements are merged where they can be; the rows must not tell. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordedStory.class)
    void a_whole_stream_in_one_batch_leaves_the_rows_one_event_per_batch_leaves(RecordedStory story) {
        List<DomainEventMessage<?>> events = story.read().messages();
        events.forEach(readSide::deliver);
        Map<String, List<Map<String, Object>>> eventByEvent = readSide.tableContents();

        readSide.reset();
        readSide.deliverInOneBatch(events);
        assertThat(readSide.tableContents()).isEqualTo(eventByEvent);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordedStory.class)
    void a_crash_after_any_event_and_redelivery_from_the_start_ends_as_a_single_delivery(RecordedStory story) {
        List<DomainEventMessage<?>> events = story.read().messages();
        events.forEach(readSide::deliver);
        Map<String, List<Map<String, Object>>> once = readSide.tableContents();

        for (int crashedAfter = 0; crashedAfter < events.size(); crashedAfter++) {
            readSide.reset();
            assertThat(readSide.tableContents()).as("read models after a reset").allSatisfy((table, rows) ->
                    assertThat(rows).as(table).isEmpty());
            events.subList(0, crashedAfter + 1).forEach(readSide::deliver);
            events.forEach(readSide::deliver);
            assertThat(readSide.tableContents()).as("read models after a crash after event %d and redelivery",
                    crashedAfter).isEqualTo(once);
        }
    }

    /**
     * A processor applies what has arrived in batches: after a crash the redelivered events come in one batch,
     * starting at an event already applied, and the version trackers write the whole batch at its commit.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordedStory.class)
    void a_crash_after_any_event_and_redelivery_in_one_batch_ends_as_a_single_delivery(RecordedStory story) {
        List<DomainEventMessage<?>> events = story.read().messages();
        readSide.deliverInOneBatch(events);
        Map<String, List<Map<String, Object>>> once = readSide.tableContents();

        for (int crashedAfter = 0; crashedAfter < events.size(); crashedAfter++) {
            readSide.reset();
            events.subList(0, crashedAfter + 1).forEach(readSide::deliver);
            readSide.deliverInOneBatch(events.subList(crashedAfter / 2, events.size()));
            assertThat(readSide.tableContents()).as("read models after a crash after event %d and redelivery "
                    + "from event %d in one batch", crashedAfter, crashedAfter / 2).isEqualTo(once);
        }
    }
}
