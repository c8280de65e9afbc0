package org.visitledger.command.visit;

import org.axonframework.deadline.DeadlineManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.rulebook.Rulebooks;

@Configuration(proxyBeanMethods = false)
public class VisitRulesConfiguration {

    /** Injected into the Visit aggregate's handlers as a resource. */
    @Bean
    public VisitRules visitRules(Rulebooks rulebooks, WorkingDayCalendar calendar, DeadlineManager deadlineManager) {
        return new VisitRules(rulebooks, calendar, deadlineManager);
    }

    /**
     * Rule OCCURRED-AT-RECEIVED, checked on the command bus before any visit handles a command. Axon's
     * InterceptorAutoConfiguration registers handler-interceptor beans on the command bus (registering it here as
     * well ran it twice).
     */
    @Bean
    public ReceivedWhenRecorded receivedWhenRecorded() {
        return new ReceivedWhenRecorded();
    }
}
