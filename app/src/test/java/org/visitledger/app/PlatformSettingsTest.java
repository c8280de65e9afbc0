package org.visitledger.app;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's settings live in the platform's visit-ledger-platform.yml, which application.yml (like the sides' files)
 * imports: without the import events would be stored with Axon's default XStream serializer, as XML, and every
 * handler call would pay for a stack trace again.
 */
class PlatformSettingsTest extends RunningApp {

    @Autowired
    private Environment environment;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Test
    void events_are_serialised_as_json_with_jackson_3() {
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(environment.getProperty("axon.serializer.messages")).isEqualTo("jackson3");
    }

    @Test
    void axons_per_handler_timeouts_are_off() {
        for (String handlers : new String[] {"commands", "events", "queries", "deadlines"}) {
            assertThat(environment.getProperty("axon.timeout.handler." + handlers + ".timeout-ms"))
                    .as(handlers).isEqualTo("-1");
        }
    }
}
