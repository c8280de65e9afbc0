package org.visitledger.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.ErrorResponseException;
import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.query.replay.ReadSide;
import org.visitledger.query.scaling.ReadModelInstances;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A rebuild resets every segment's token, which Axon does only if this instance can claim them all: with another
 * query-side instance running the read model it must be refused before anything changes, and a reset that fails
 * anyway must leave the instance as it was (processing, reads served from the live tables).
 */
class ProjectionReplayerTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private final ReadSide database = ReadSide.fresh();
    private final JdbcTemplate jdbc = database.jdbc();
    private final ReadModelTables tables = database.tables();
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final ReadModelInstances here = new ReadModelInstances(jdbc, "here@host/1", CLAIM_TIMEOUT);
    private ProjectionReplayer replayer;

    @BeforeEach
    void oneInstanceRunsTheDeadlineDashboard() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor("deadline-dashboard", StreamingEventProcessor.class))
                .thenReturn(Optional.of(processor));
        replayer = new ProjectionReplayer(processing, tables, mock(ProjectionMonitor.class), jdbc,
                new StaticListableBeanFactory(Map.of("otherInstances", (OtherInstances) here::othersRunning))
                        .getBeanProvider(OtherInstances.class));
        here.running("deadline-dashboard");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void alone_on_the_read_model_the_replay_starts_and_reads_come_from_a_snapshot() {
        assertThat(replayer.replay("deadline-dashboard")).isTrue();

        var order = inOrder(processor);
        order.verify(processor).shutDown();
        order.verify(processor).resetTokens();
        order.verify(processor).start();
        assertThat(replayer.isReplaying("deadline-dashboard")).isTrue();
        assertThat(tables.name("deadline_row")).isEqualTo("deadline_row_snapshot");
    }

    @Test
    void with_another_instance_running_the_read_model_the_replay_is_refused_409_and_nothing_changes() {
        new ReadModelInstances(jdbc, "there@host/2", CLAIM_TIMEOUT).running("deadline-dashboard");

        assertThatThrownBy(() -> replayer.replay("deadline-dashboard"))
                .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(409);
                    assertThat(refused.getBody().getType().toString()).endsWith("replay-needs-one-instance");
                    assertThat(refused.getBody().getDetail()).contains("1 other query-side instance(s) run it");
                });

        verify(processor, never()).shutDown();
        verify(processor, never()).resetTokens();
        assertThat(replayer.isReplaying("deadline-dashboard")).isFalse();
        assertThat(tables.name("deadline_row")).isEqualTo("deadline_row");
        assertThat(snapshotTables()).isZero();
    }

    @Test
    void a_reset_refused_by_a_claim_elsewhere_is_409_and_the_instance_goes_on_as_before() {
        doThrow(new UnableToClaimTokenException("segment 3 is claimed by there@host/2"))
                .when(processor).resetTokens();

        assertThatThrownBy(() -> replayer.replay("deadline-dashboard"))
                .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(409);
                    assertThat(refused.getBody().getDetail()).contains("holds one of its segments");
                });

        assertRestartedServingTheLiveTables();
        doNothing().when(processor).resetTokens();
        assertThat(replayer.replay("deadline-dashboard")).as("a later replay, once the reset can claim").isTrue();
    }

    @Test
    void a_reset_that_fails_otherwise_leaves_the_instance_processing_from_the_live_tables() {
        doThrow(new IllegalStateException("connection refused")).when(processor).resetTokens();

        assertThatThrownBy(() -> replayer.replay("deadline-dashboard")).hasMessage("connection refused");

        assertRestartedServingTheLiveTables();
    }

    /**
     * Stopped for the reset, started again, not replaying, reads from the live tables, and no snapshot left once the
     * readers that might still use it have had their grace ({@link ProjectionReplayer#SNAPSHOT_GRACE}).
     */
    private void assertRestartedServingTheLiveTables() {
        var order = inOrder(processor);
        order.verify(processor).shutDown();
        order.verify(processor).start();
        assertThat(replayer.isReplaying("deadline-dashboard")).isFalse();
        assertThat(tables.name("deadline_row")).isEqualTo("deadline_row");
        java.time.Instant giveUp = java.time.Instant.now().plus(ProjectionReplayer.SNAPSHOT_GRACE).plusSeconds(5);
        while (snapshotTables() > 0 && java.time.Instant.now().isBefore(giveUp)) {
            replayer.finishCaughtUpReplays();
            pause();
        }
        assertThat(snapshotTables()).isZero();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private long snapshotTables() {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables", String.class).stream()
                .filter(name -> name.toLowerCase().endsWith("_snapshot")).count();
    }
}
