package org.visitledger.erasure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * A personal field's value as stored: AES-256-GCM with a fresh 12-byte nonce, in place of the text, as
 * {@code {"personal": "AES-256-GCM", "keyId", "nonce", "ciphertext"}}. The associated data binds the ciphertext to its
 * key (the visit's: {@code visitId/generation}), event type and field, so that moved to another field or type it does
 * not decrypt; moved to another visit's event, its key is not that visit's ({@link PersonalData} checks).
 */
final class PersonalDataCipher {

    static final String ALGORITHM = "AES-256-GCM";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    static ObjectNode encrypt(String text, PersonalDataKeys.VisitKey key, String payloadType, String field) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, key.key(), nonce, associated(key.keyId(), payloadType, field),
                text.getBytes(StandardCharsets.UTF_8));
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("personal", ALGORITHM);
        envelope.put("keyId", key.keyId());
        envelope.put("nonce", Base64.getEncoder().encodeToString(nonce));
        envelope.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));
        return envelope;
    }

    static boolean isEnvelope(JsonNode value) {
        return value != null && value.isObject() && ALGORITHM.equals(value.path("personal").asString(null));
    }

    /** The text, or {@link PersonalFields#ERASED} once its key is destroyed. */
    static String decrypt(JsonNode envelope, Function<String, Optional<SecretKey>> keys, String payloadType,
                          String field) {
        String keyId = envelope.get("keyId").asString();
        Optional<SecretKey> key = keys.apply(keyId);
        if (key.isEmpty()) {
            return PersonalFields.ERASED;
        }
        byte[] plain = run(Cipher.DECRYPT_MODE, key.get(),
                Base64.getDecoder().decode(envelope.get("nonce").asString()),
                associated(keyId, payloadType, field), Base64.getDecoder().decode(envelope.get("ciphertext").asString()));
        return new String(plain, StandardCharsets.UTF_8);
    }

    private static byte[] associated(String keyId, String payloadType, String field) {
        return (keyId + "|" + payloadType + "|" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a personal field could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted: its ciphertext or key was altered"), e);
        }
    }
}
