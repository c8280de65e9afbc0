package org.visitledger.erasure;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.visitledger.events.VisitEvent;

/**
 * The event serializer as the event store appends with it: the personal fields of what it writes encrypted.
 * Everything else is the serializer it wraps; stored events are read through {@link PersonalDataDecryption}.
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
