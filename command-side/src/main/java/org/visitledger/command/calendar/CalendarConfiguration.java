package org.visitledger.command.calendar;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.calendar.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    /** Injected into the Visit aggregate's handlers as a resource (the query side has the same bean). */
    @Bean
    @ConditionalOnMissingBean
    public WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.englandAndWales();
    }
}
