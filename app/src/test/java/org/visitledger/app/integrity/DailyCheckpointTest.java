package org.visitledger.app.integrity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule INTEGRITY-CHECKPOINT's daily checkpoint: the recurring task is in db-scheduler's table, due next at the
 * configured time of day (UTC), and when it runs it verifies the whole store and records a checkpoint, as the system.
 * Its own context (and store), so that no other test's tampering stops the checkpoint.
 */
@TestPropertySource(properties = "visit-ledger.integrity.daily-checkpoint-at=03:30")
class DailyCheckpointTest extends RunningApp {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RecurringTask<Void> dailyCheckpointTask;

    @Test
    void the_daily_checkpoint_is_scheduled_and_records_a_checkpoint_when_it_runs() {
        Instant due = jdbc.queryForObject("SELECT execution_time FROM scheduled_tasks WHERE task_name = ?",
                java.sql.Timestamp.class, "integrity-daily-checkpoint").toInstant();
        ZonedDateTime at = due.atZone(ZoneOffset.UTC);
        assertThat(at.getHour()).as("the configured time, UTC").isEqualTo(3);
        assertThat(at.getMinute()).isEqualTo(30);
        assertThat(due).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(24 * 3600 + 60));

        expect(inspector.post("/api/visits", VisitRequests.announce("SCH_ASSURANCE", VisitRequests.PAST_MORNING)),
                201);
        dailyCheckpointTask.execute(dailyCheckpointTask.instance("recurring"), null);

        JsonNode latest = expect(inspector.as("admin").get("/api/admin/integrity/verifications"), 200).json().get(0);
        assertThat(latest.get("requestedBy").asString()).isEqualTo("system:daily-checkpoint");
        assertThat(latest.get("status").asString()).as(latest.toString()).isEqualTo("VERIFIED");
        long checkpoint = latest.get("checkpointMade").asLong();
        JsonNode made = expect(inspector.as("admin").get("/api/admin/integrity/checkpoints"), 200).json().get(0);
        assertThat(made.get("id").asLong()).isEqualTo(checkpoint);
        assertThat(made.get("madeBy").asString()).isEqualTo("system:daily-checkpoint");
        assertThat(made.get("authentic").asBoolean()).isTrue();
    }
}
