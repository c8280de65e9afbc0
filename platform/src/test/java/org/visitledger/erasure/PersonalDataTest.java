package org.visitledger.erasure;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule ERASURE-CRYPTO-SHREDDING as a read sees it: a personal field reads as written under its own visit's key, as
 * erased without it, and as unreadable, never failing the read, when its envelope was altered or moved to another
 * visit's event.
 */
class PersonalDataTest {

    private static final String TYPE = "org.visitledger.events.ConcernRaised";
    private static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");

    private final PersonalData personalData = new PersonalData(new PersonalDataKeys(null) {
        @Override
        public Optional<SecretKey> find(String keyId) {
            return keyId.equals("V-1/1") ? Optional.of(KEY) : Optional.empty();
        }
    }, Clock.systemUTC(), true);

    @Test
    void a_field_reads_as_written_under_its_visits_key_and_as_erased_without_it() {
        assertThat(read("V-1", envelope("V-1/1"))).isEqualTo("Pupil J. told a teaching assistant");
        assertThat(read("V-1", envelope("V-1/2"))).isEqualTo(PersonalFields.ERASED);
    }

    @Test
    void a_field_moved_to_another_visits_event_is_unreadable() {
        assertThat(read("V-2", envelope("V-1/1"))).isEqualTo(PersonalFields.UNREADABLE);
    }

    @Test
    void an_altered_envelope_is_unreadable_whatever_was_altered() {
        ObjectNode notBase64 = envelope("V-1/1");
        notBase64.put("nonce", "not base 64!");
        assertThat(read("V-1", notBase64)).isEqualTo(PersonalFields.UNREADABLE);
        ObjectNode noNonce = envelope("V-1/1");
        noNonce.remove("nonce");
        assertThat(read("V-1", noNonce)).isEqualTo(PersonalFields.UNREADABLE);
        ObjectNode noKey = envelope("V-1/1");
        noKey.remove("keyId");
        assertThat(read("V-1", noKey)).isEqualTo(PersonalFields.UNREADABLE);
    }

    private static ObjectNode envelope(String keyId) {
        return PersonalDataCipher.encrypt("Pupil J. told a teaching assistant",
                new PersonalDataKeys.VisitKey(keyId, KEY), TYPE, "details");
    }

    private String read(String visitId, ObjectNode envelope) {
        ObjectNode payload = PersonalData.JSON.createObjectNode();
        payload.set("details", envelope);
        personalData.decrypt(TYPE, visitId, payload);
        return payload.get("details").asString();
    }
}
