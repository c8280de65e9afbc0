package org.visitledger.erasure;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.visitledger.events.VisitEvent;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event serializer with the personal fields of what it writes encrypted (and of what it reads decrypted, for the
 * few readers that take events without the upcasters). Everything else is the serializer it wraps.
 */
final class ProtectingSerializer implements Serializer {

    private final Serializer events;
    private final PersonalData personalData;

    ProtectingSerializer(Serializer events, PersonalData personalData) {
        this.events = events;
        this.personalData = personalData;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> plain = events.serialize(object, expectedRepresentation);
        if (!(object instanceof VisitEvent event) || expectedRepresentation != byte[].class
                || PersonalFields.of(object.getClass().getName()).isEmpty()) {
            return plain;
        }
        byte[] stored = personalData.encrypt(object.getClass().getName(), event.visitId(), (byte[]) plain.getData());
        return (SerializedObject<T>) new SimpleSerializedObject<>(stored, byte[].class, plain.getType());
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return events.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (serializedObject.getData() instanceof byte[] bytes
                && !PersonalFields.of(serializedObject.getType().getName()).isEmpty()) {
            ObjectNode tree = (ObjectNode) PersonalData.JSON.readTree(bytes);
            personalData.decrypt(serializedObject.getType().getName(), tree);
            return events.deserialize(new SimpleSerializedObject<>(PersonalData.JSON.writeValueAsBytes(tree),
                    byte[].class, serializedObject.getType()));
        }
        return events.deserialize(serializedObject);
    }

    @Override
    public Class classForType(SerializedType type) {
        return events.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return events.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return events.getConverter();
    }
}
