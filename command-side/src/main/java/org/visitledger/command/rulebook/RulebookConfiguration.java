package org.visitledger.command.rulebook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RulebookConfiguration {

    /** Injected into the Visit aggregate's handlers as a resource. */
    @Bean
    public Rulebooks rulebooks() {
        return Rulebooks.shipped();
    }
}
