package org.visitledger.persistence;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.erasure.PersonalData;
import org.visitledger.erasure.PersonalDataDecryption;
import org.visitledger.persistence.upcasting.EventUpcasters;
import org.visitledger.settings.VisitLedgerProperties;

/**
 * The upcasters of the event types ({@link EventUpcasters}) as one bean: Axon puts every event upcaster bean (a chain
 * is one) into the upcaster chain the event storage engine reads stored events through, on both sides, so that
 * aggregates, read models, history and time travel all see today's revision of every event (rule EVENTS-PERMANENT). First, before any revision is upcast, personal fields
 * are decrypted (or read as erased: rule ERASURE-CRYPTO-SHREDDING).
 */
@Configuration(proxyBeanMethods = false)
public class EventUpcastersConfiguration {

    @Bean
    public EventUpcasterChain eventUpcasters(PersonalData personalData, VisitLedgerProperties properties) {
        if (!properties.integrity().encryptPersonalData()) {
            // Only to measure what encryption costs (bench/integrity-overhead.sh): nothing is decrypted either.
            return EventUpcasters.chain();
        }
        return new EventUpcasterChain(new PersonalDataDecryption(personalData), EventUpcasters.chain());
    }
}
