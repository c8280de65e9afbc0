package org.visitledger.erasure;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule ERASURE-CRYPTO-SHREDDING: a personal field's envelope, read with its key, without it, and when altered. */
class PersonalDataCipherTest {

    private static final String TYPE = "org.visitledger.events.ConcernRaised";
    private static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");
    private static final PersonalDataKeys.VisitKey VISIT_KEY = new PersonalDataKeys.VisitKey("V-1/1", KEY);
    private static final String TEXT = "Pupil J. told a teaching assistant";

    @Test
    void a_field_reads_back_with_its_key_and_as_erased_without_it() {
        ObjectNode envelope = PersonalDataCipher.encrypt(TEXT, VISIT_KEY, TYPE, "details");

        assertThat(envelope.toString()).doesNotContain("Pupil").contains("AES-256-GCM").contains("V-1/1");
        assertThat(PersonalDataCipher.isEnvelope(envelope)).isTrue();
        assertThat(PersonalDataCipher.decrypt(envelope, id -> Optional.of(KEY), TYPE, "details")).isEqualTo(TEXT);
        assertThat(PersonalDataCipher.decrypt(envelope, id -> Optional.empty(), TYPE, "details"))
                .isEqualTo(PersonalFields.ERASED);
    }

    @Test
    void each_encryption_has_its_own_nonce() {
        assertThat(PersonalDataCipher.encrypt(TEXT, VISIT_KEY, TYPE, "details").get("ciphertext"))
                .isNotEqualTo(PersonalDataCipher.encrypt(TEXT, VISIT_KEY, TYPE, "details").get("ciphertext"));
    }

    @Test
    void a_ciphertext_altered_or_moved_to_another_field_does_not_read() {
        ObjectNode envelope = PersonalDataCipher.encrypt(TEXT, VISIT_KEY, TYPE, "details");
        assertThatThrownBy(() -> PersonalDataCipher.decrypt(envelope, id -> Optional.of(KEY), TYPE, "summary"))
                .hasMessageContaining("altered");
        String ciphertext = envelope.get("ciphertext").asString();
        envelope.put("ciphertext", (ciphertext.charAt(0) == 'A' ? "B" : "A") + ciphertext.substring(1));
        assertThatThrownBy(() -> PersonalDataCipher.decrypt(envelope, id -> Optional.of(KEY), TYPE, "details"))
                .hasMessageContaining("altered");
    }

    @Test
    void plain_text_is_not_an_envelope() {
        assertThat(PersonalDataCipher.isEnvelope(PersonalData.JSON.getNodeFactory().stringNode(TEXT))).isFalse();
    }
}
