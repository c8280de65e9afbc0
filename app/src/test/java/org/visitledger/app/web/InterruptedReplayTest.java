package org.visitledger.app.web;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.visitledger.app.ApiClient;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import org.visitledger.query.admin.ProjectionReplayer;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, defect 6: killed 0.3 s into a replay and restarted, the query side served the half-rebuilt visit summaries
 * (107 of 256 visits) as complete, with "replaying": false. Here the state such a crash leaves is made by hand (the
 * snapshot taken, the tokens reset and the live table emptied, the replay not finished), and the replayer starts as
 * it does on a restart. The test has an application of its own: it stops a processor.
 */
@TestPropertySource(properties = "visit-ledger.test-context=interrupted-replay")
class InterruptedReplayTest extends RunningApp {

    private static final int VISITS = 5;

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ProjectionReplayer replayer;

    @Test
    void a_replay_cut_short_by_a_crash_serves_its_snapshot_and_says_replaying_until_it_has_caught_up()
            throws InterruptedException {
        for (int i = 0; i < VISITS; i++) {
            inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE"));
        }
        awaitRead(inspector, "/api/visits", page -> page.get("total").asLong() == VISITS);
        StreamingEventProcessor summaries = processing.eventProcessor("visit-summary", StreamingEventProcessor.class)
                .orElseThrow();
        jdbc.execute("CREATE TABLE visit_summary_snapshot AS SELECT * FROM visit_summary");
        summaries.shutDown();
        summaries.resetTokens();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_summary", Long.class)).isZero();

        replayer.resumeInterruptedReplays();

        ApiClient admin = inspector.as("admin");
        assertThat(summaryStatus(admin).get("replaying").asBoolean()).isTrue();
        assertThat(inspector.get("/api/visits").json().get("total").asLong()).as("served from the snapshot")
                .isEqualTo(VISITS);

        summaries.start();

        awaitRead(admin, "/api/admin/projections", statuses -> !summaryStatus(admin).get("replaying").asBoolean());
        assertThat(inspector.get("/api/visits").json().get("total").asLong()).isEqualTo(VISITS);
        // The snapshot is dropped a few seconds after readers have left it (ProjectionReplayer.SNAPSHOT_GRACE).
        Instant giveUp = Instant.now().plusSeconds(20);
        while (snapshotExists() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        assertThat(snapshotExists()).as("the snapshot is dropped once the rebuild has caught up").isFalse();
    }

    @Test
    void snapshots_left_half_taken_are_dropped_and_the_live_tables_served() {
        // The deadline dashboard has two tables; its first snapshot was taken, its second not.
        jdbc.execute("CREATE TABLE deadline_row_snapshot AS SELECT * FROM deadline_row WHERE 1 = 0");

        replayer.resumeInterruptedReplays();

        ApiClient admin = inspector.as("admin");
        JsonNode dashboard = admin.get("/api/admin/projections").json().valueStream()
                .filter(s -> s.get("name").asString().equals("deadline-dashboard")).findFirst().orElseThrow();
        assertThat(dashboard.get("replaying").asBoolean()).isFalse();
        assertThatThrownBy(() -> jdbc.queryForList("SELECT 1 FROM deadline_row_snapshot"))
                .isInstanceOf(DataAccessException.class);
    }

    private boolean snapshotExists() {
        try {
            jdbc.queryForList("SELECT 1 FROM visit_summary_snapshot WHERE 1 = 0");
            return true;
        } catch (DataAccessException dropped) {
            return false;
        }
    }

    private static JsonNode summaryStatus(ApiClient admin) {
        return admin.get("/api/admin/projections").json().valueStream()
                .filter(s -> s.get("name").asString().equals("visit-summary")).findFirst().orElseThrow();
    }
}
