package org.visitledger.command.integrity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.integrity.StoreVerifications;
import org.visitledger.settings.VisitLedgerProperties;

import java.time.ZoneOffset;

/**
 * Each day at {@code visit-ledger.integrity.daily-checkpoint-at} (UTC) one command side, chosen by db-scheduler as for
 * deadlines, verifies the whole store and, if it verifies, records a checkpoint (rule INTEGRITY-CHECKPOINT). The
 * verification is recorded like the administrator's.
 */
@Configuration(proxyBeanMethods = false)
public class DailyCheckpoint {

    static final String TASK = "integrity-daily-checkpoint";
    static final String ACTOR = "system:daily-checkpoint";

    @Bean
    public RecurringTask<Void> dailyCheckpointTask(StoreVerifications verifications, VisitLedgerProperties properties) {
        return Tasks.recurring(TASK, Schedules.daily(ZoneOffset.UTC, properties.integrity().dailyCheckpointAt()))
                .execute((instance, context) -> verifications.runNow(ACTOR, true));
    }
}
