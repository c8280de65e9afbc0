package org.visitledger.rulebook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RulebookConfiguration {

    /** Read by the Visit aggregate's handlers through {@code VisitRules}. */
    @Bean
    public Rulebooks rulebooks() {
        return Rulebooks.shipped();
    }
}
