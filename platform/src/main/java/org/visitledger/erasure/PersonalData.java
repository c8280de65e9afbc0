package org.visitledger.erasure;

import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.serialization.Serializer;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.events.PersonalDataErased;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.List;

/**
 * Personal fields encrypted on their way into the event store and decrypted on their way out (rule
 * ERASURE-CRYPTO-SHREDDING): the event store appends through {@link #protecting(Serializer)} and tells
 * {@link #appended(List)}; every read goes through the {@link PersonalDataDecryption} upcaster.
 */
public class PersonalData {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);

    private final PersonalDataKeys keys;
    private final Clock clock;
    private final boolean encrypt;

    /** @param encrypt false only to measure what encryption costs: personal fields are then stored as plain text */
    public PersonalData(PersonalDataKeys keys, Clock clock, boolean encrypt) {
        this.keys = keys;
        this.clock = clock;
        this.encrypt = encrypt;
    }

    /** The event serializer as the event store appends with it: personal fields encrypted. */
    public Serializer protecting(Serializer events) {
        return encrypt ? new ProtectingSerializer(events, this) : events;
    }

    /** After the events are stored, in their transaction: an erasure destroys the visit's keys. */
    public void appended(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            if (event.getPayload() instanceof PersonalDataErased erased) {
                Object actor = event.getMetaData().get(EventMetadataKeys.ACTOR);
                keys.destroy(erased.visitId(), actor == null ? "unknown" : actor.toString(), erased.reason(),
                        erased.occurredAt());
            }
        }
    }

    /** Replaces each personal field of this stored payload with its ciphertext, under the visit's current key. */
    byte[] encrypt(String payloadType, String visitId, byte[] payload) {
        List<String> fields = PersonalFields.of(payloadType);
        ObjectNode tree = (ObjectNode) JSON.readTree(payload);
        PersonalDataKeys.VisitKey key = null;
        for (String field : fields) {
            JsonNode value = tree.get(field);
            if (value != null && value.isString()) {
                key = key == null ? keys.currentKey(visitId, clock.instant()) : key;
                tree.set(field, PersonalDataCipher.encrypt(value.asString(), key, payloadType, field));
            }
        }
        return key == null ? payload : JSON.writeValueAsBytes(tree);
    }

    /**
     * Replaces each encrypted personal field of this payload with its text, or {@link PersonalFields#ERASED}, or, if
     * its ciphertext or key was altered in the database, {@link PersonalFields#UNREADABLE}: the visit stays readable,
     * the alteration is logged, and the integrity check names the event.
     */
    void decrypt(String payloadType, String visitId, ObjectNode payload) {
        for (String field : PersonalFields.of(payloadType)) {
            JsonNode value = payload.get(field);
            if (PersonalDataCipher.isEnvelope(value)) {
                payload.put(field, readable(value, payloadType, visitId, field));
            }
        }
    }

    private String readable(JsonNode envelope, String payloadType, String visitId, String field) {
        try {
            if (visitId != null && !envelope.path("keyId").asString("").startsWith(visitId + "/")) {
                throw new IllegalStateException("the key is another visit's: the ciphertext was moved");
            }
            return PersonalDataCipher.decrypt(envelope, keys::find, payloadType, field);
        } catch (RuntimeException altered) {
            LOG.error("The personal field {} of a {} under key {} does not decrypt: altered in the database", field,
                    payloadType, envelope.path("keyId").asString(), altered);
            return PersonalFields.UNREADABLE;
        }
    }
}
