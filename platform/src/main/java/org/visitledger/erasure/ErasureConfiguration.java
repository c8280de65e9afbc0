package org.visitledger.erasure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.settings.VisitLedgerProperties;

import java.time.Clock;

/** The encryption of personal fields and their keys, on both sides: both read events, the command side writes them. */
@Configuration(proxyBeanMethods = false)
public class ErasureConfiguration {

    @Bean
    public PersonalDataKeys personalDataKeys(JdbcTemplate jdbc) {
        return new PersonalDataKeys(jdbc);
    }

    @Bean
    public PersonalData personalData(PersonalDataKeys keys, Clock clock, VisitLedgerProperties properties) {
        return new PersonalData(keys, clock, properties.integrity().encryptPersonalData());
    }
}
