package org.visitledger.command.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    /** Injected into the Visit aggregate's handlers as a resource. */
    @Bean
    public WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.englandAndWales();
    }
}
