package org.visitledger.query.admin;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issue 21: the query side is not ready while a read model is failing or far behind, unless it is being replayed. */
class ReadModelsHealthIndicatorTest {

    private final ProjectionMonitor monitor = mock(ProjectionMonitor.class);
    private final ProjectionReplayer replayer = mock(ProjectionReplayer.class);
    private final ReadModelsHealthIndicator indicator = new ReadModelsHealthIndicator(monitor, replayer);

    private Status statusWith(long lag, Set<String> failing, boolean replaying) {
        when(monitor.lags()).thenReturn(Map.of("visit-summary", 3L, "deadline-dashboard", lag));
        when(monitor.failing()).thenReturn(failing);
        when(replayer.isReplaying("deadline-dashboard")).thenReturn(replaying);
        return indicator.health().getStatus();
    }

    @Test
    void ready_when_every_read_model_is_close_to_the_head_and_none_is_failing() {
        assertThat(statusWith(ReadModelsHealthIndicator.FAR_BEHIND, Set.of(), false)).isEqualTo(Status.UP);
    }

    @Test
    void not_ready_while_a_read_model_is_far_behind() {
        assertThat(statusWith(ReadModelsHealthIndicator.FAR_BEHIND + 1, Set.of(), false)).isEqualTo(Status.DOWN);
    }

    @Test
    void not_ready_while_a_read_model_is_failing() {
        assertThat(statusWith(0, Set.of("deadline-dashboard"), false)).isEqualTo(Status.DOWN);
    }

    @Test
    void a_replay_far_behind_keeps_it_ready_its_readers_are_served_the_snapshot() {
        assertThat(statusWith(1_000_000, Set.of(), true)).isEqualTo(Status.UP);
    }
}
