package org.visitledger.query.scaling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.query.replay.ReadSide;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Which query-side instances run a read model: rows they refresh, on the query side's own migrated tables. */
class ReadModelInstancesTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private final ReadSide database = ReadSide.fresh();
    private final JdbcTemplate jdbc = database.jdbc();
    private final ReadModelInstances first = new ReadModelInstances(jdbc, "1@host/a", CLAIM_TIMEOUT);
    private final ReadModelInstances second = new ReadModelInstances(jdbc, "2@host/b", CLAIM_TIMEOUT);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_instance_counts_from_its_first_refresh_before_it_holds_any_segment() {
        first.running("visit-summary");
        first.running("visit-summary");
        second.running("visit-summary");

        assertThat(first.live("visit-summary")).isEqualTo(2);
        assertThat(second.live("visit-summary")).isEqualTo(2);
        assertThat(first.live("notification-log")).isZero();
    }

    @Test
    void an_instance_that_stops_running_a_read_model_no_longer_counts_for_it() {
        first.running("visit-summary");
        second.running("visit-summary");
        second.running("notification-log");

        second.notRunning("visit-summary");

        assertThat(first.live("visit-summary")).isEqualTo(1);
        assertThat(first.live("notification-log")).isEqualTo(1);
    }

    @Test
    void an_instance_that_leaves_no_longer_counts_anywhere_even_if_it_refreshes_afterwards() {
        first.running("visit-summary");
        second.running("visit-summary");
        second.running("notification-log");

        second.leave();
        second.running("visit-summary");

        assertThat(first.live("visit-summary")).isEqualTo(1);
        assertThat(first.live("notification-log")).isZero();
    }

    @Test
    void an_instance_not_refreshed_for_longer_than_the_claim_timeout_no_longer_counts_until_it_refreshes() {
        first.running("visit-summary");
        second.running("visit-summary");

        age("2@host/b", 11);
        assertThat(first.live("visit-summary")).isEqualTo(1);

        second.running("visit-summary");
        assertThat(first.live("visit-summary")).isEqualTo(2);
    }

    @Test
    void an_instance_refreshed_within_the_claim_timeout_still_counts() {
        first.running("visit-summary");
        second.running("visit-summary");

        age("2@host/b", 9);

        assertThat(first.live("visit-summary")).isEqualTo(2);
    }

    @Test
    void the_rows_of_an_instance_gone_for_an_hour_are_deleted() {
        first.running("visit-summary");
        second.running("visit-summary");
        age("2@host/b", 3601);

        first.live("visit-summary");

        assertThat(jdbc.queryForList("SELECT node_id FROM read_model_instance", String.class))
                .containsExactly("1@host/a");
    }

    private void age(String nodeId, int seconds) {
        jdbc.update("UPDATE read_model_instance SET seen_at = seen_at - INTERVAL '" + seconds + "' SECOND"
                + " WHERE node_id = ?", nodeId);
    }
}
