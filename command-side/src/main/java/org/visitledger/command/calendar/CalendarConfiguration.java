package org.visitledger.command.calendar;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.calendar.WorkingDayCalendar;

@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    /** Read by the Visit aggregate's handlers through {@code VisitRules} (the query side has the same bean). */
    @Bean
    @ConditionalOnMissingBean
    public WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.englandAndWales();
    }
}
