package org.visitledger.command.config;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;

/**
 * Puts db-scheduler's auto-configuration after the DataSource's. db-scheduler 16.7.1 orders itself after
 * Spring Boot 3's DataSourceAutoConfiguration, a class Boot 4 moved; without this it sees no DataSource,
 * creates no Scheduler, and Axon then has no persistent DeadlineManager.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = DbSchedulerAutoConfiguration.class)
public class DeadlineSchedulerOrdering {
}
