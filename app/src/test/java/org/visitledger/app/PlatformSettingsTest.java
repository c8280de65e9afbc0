package org.visitledger.app;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.visitledger.settings.VisitLedgerProperties;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's settings live in the platform's visit-ledger-platform.yml, which application.yml (like the sides' files)
 * imports: without the import events would be stored with Axon's default XStream serializer, as XML, and every
 * handler call would pay for a stack trace again. The ledger's own settings are VisitLedgerProperties.
 */
class PlatformSettingsTest extends RunningApp {

    @Autowired
    private Environment environment;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Autowired
    private VisitLedgerProperties properties;

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

    @Test
    void the_ledgers_settings_take_their_defaults_from_one_class_and_the_app_sets_only_what_differs() {
        // application.yml: one JVM rebuilds fastest with one segment, and reads the store in larger batches.
        assertThat(properties.readModels().segments()).isEqualTo(1);
        assertThat(properties.eventStore().batchSize()).isEqualTo(1000);
        // VisitLedgerProperties' defaults, which no file sets again.
        assertThat(properties.readModels().batchSize()).isEqualTo(500);
        assertThat(properties.eventStore().fetchDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.processes().batchSize()).isEqualTo(100);
        assertThat(properties.processes().segments()).isEqualTo(1);
        assertThat(properties.readModels().balanceSegments()).isFalse();
    }
}
