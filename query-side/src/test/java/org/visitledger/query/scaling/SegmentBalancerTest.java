package org.visitledger.query.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.query.replay.ReadSide;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * One query-side instance's balancer, its processors standing in for Axon's (they hold the segments they are given
 * and drop those they release), against a token table of 16 segments per read model and the query side's own
 * instance rows, in which other instances are simulated.
 */
class SegmentBalancerTest {

    private static final Duration RELEASE_FOR = Duration.ofSeconds(3);
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private final ReadSide database = ReadSide.fresh();
    private final JdbcTemplate jdbc = database.jdbc();
    private final Map<String, StreamingEventProcessor> processors = new HashMap<>();
    private final Map<String, Set<Integer>> held = new HashMap<>();
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final Set<String> replayingHere = new ConcurrentSkipListSet<>();
    private final SegmentBalancer balancer = new SegmentBalancer(processing,
            database.tables().readModels(), new TokenSegments(jdbc),
            new ReadModelInstances(jdbc, "me@host/1", CLAIM_TIMEOUT), RELEASE_FOR, replayingHere::contains);

    @BeforeEach
    void everyReadModelHasSixteenSegmentsAllHeldHere() {
        jdbc.execute("CREATE TABLE token_entry (processor_name VARCHAR(255) NOT NULL, segment INT NOT NULL)");
        for (String readModel : database.tables().readModels()) {
            IntStream.range(0, 16).forEach(segment -> jdbc.update(
                    "INSERT INTO token_entry (processor_name, segment) VALUES (?, ?)", readModel, segment));
            Set<Integer> segments = new ConcurrentSkipListSet<>(IntStream.range(0, 16).boxed().toList());
            held.put(readModel, segments);
            processors.put(readModel, processor(segments));
            when(processing.eventProcessor(readModel, StreamingEventProcessor.class))
                    .thenReturn(Optional.of(processors.get(readModel)));
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void alone_it_keeps_every_segment_and_never_releases_one_so_no_events_wait() {
        for (int tick = 0; tick < 20; tick++) {
            balancer.balance();
        }

        for (String readModel : database.tables().readModels()) {
            verify(processors.get(readModel), never()).releaseSegment(anyInt(), anyLong(), any());
            assertThat(held.get(readModel)).hasSize(16);
            assertThat(balancer.maxSegments(readModel)).isEqualTo(16);
        }
    }

    @Test
    void a_second_instance_running_a_read_model_gets_half_of_its_segments_before_it_holds_any() {
        instance("other@host/2").running("visit-summary");

        balancer.balance();

        assertThat(balancer.maxSegments("visit-summary")).isEqualTo(8);
        assertThat(held.get("visit-summary")).containsExactlyElementsOf(range(0, 8));
        verify(processors.get("visit-summary")).releaseSegment(15, RELEASE_FOR.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(balancer.maxSegments("deadline-dashboard")).isEqualTo(16);
        assertThat(held.get("deadline-dashboard")).hasSize(16);
    }

    @Test
    void while_it_replays_a_read_model_it_releases_none_of_its_segments_to_an_instance_started_meanwhile() {
        replayingHere.add("visit-summary");
        instance("other@host/2").running("visit-summary");

        balancer.balance();
        verify(processors.get("visit-summary"), never()).releaseSegment(anyInt(), anyLong(), any());
        assertThat(held.get("visit-summary")).hasSize(16);

        replayingHere.remove("visit-summary");
        balancer.balance();
        assertThat(held.get("visit-summary")).containsExactlyElementsOf(range(0, 8));
    }

    @Test
    void with_three_instances_each_may_hold_a_third_rounded_up() {
        instance("other@host/2").running("notification-log");
        instance("other@host/3").running("notification-log");

        balancer.balance();

        assertThat(balancer.maxSegments("notification-log")).isEqualTo(6);
        assertThat(held.get("notification-log")).containsExactlyElementsOf(range(0, 6));
    }

    @Test
    void when_the_other_instance_leaves_the_fair_share_grows_back_to_every_segment() {
        ReadModelInstances other = instance("other@host/2");
        other.running("visit-summary");
        balancer.balance();

        other.leave();
        balancer.balance();

        assertThat(balancer.maxSegments("visit-summary")).isEqualTo(16);
    }

    @Test
    void an_instance_whose_processor_stops_is_no_longer_counted_by_the_others() {
        ReadModelInstances other = instance("other@host/2");
        other.running("visit-summary");
        balancer.balance();
        assertThat(other.live("visit-summary")).isEqualTo(2);

        when(processors.get("visit-summary").isRunning()).thenReturn(false);
        balancer.balance();

        assertThat(other.live("visit-summary")).isEqualTo(1);
        assertThat(other.live("deadline-dashboard")).as("this instance, still running it").isEqualTo(1);
    }

    @Test
    void a_leaving_instance_stops_counting_at_once_and_is_not_counted_again_by_a_later_round() {
        balancer.balance();
        ReadModelInstances other = instance("other@host/2");
        assertThat(other.live("visit-summary")).isEqualTo(1);

        balancer.leave();
        balancer.balance();

        assertThat(other.live("visit-summary")).isZero();
    }

    private ReadModelInstances instance(String nodeId) {
        return new ReadModelInstances(jdbc, nodeId, CLAIM_TIMEOUT);
    }

    private static StreamingEventProcessor processor(Set<Integer> segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.isRunning()).thenReturn(true);
        when(processor.processingStatus()).thenAnswer(call -> {
            Map<Integer, EventTrackerStatus> status = new HashMap<>();
            segments.forEach(segment -> status.put(segment, mock(EventTrackerStatus.class)));
            return status;
        });
        doAnswer(call -> segments.remove((Integer) call.getArgument(0)))
                .when(processor).releaseSegment(anyInt(), anyLong(), any());
        return processor;
    }

    private static Set<Integer> range(int from, int to) {
        return new TreeSet<>(IntStream.range(from, to).boxed().toList());
    }
}
