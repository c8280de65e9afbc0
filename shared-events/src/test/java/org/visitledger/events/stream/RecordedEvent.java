package org.visitledger.events.stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One event as the event store keeps it (a row of {@code domain_event_entry}): the aggregate it belongs to, its
 * sequence number, when it was recorded, the payload's type and revision, and the metadata and payload as the
 * serializer stored them. Records compare by value, JSON trees included.
 */
public record RecordedEvent(String aggregateType, String aggregateIdentifier, long sequence, Instant recordedAt,
                            String payloadType, String revision, JsonNode metadata, JsonNode payload) {

    /** The stored form of {@code message}, written by {@code serializer}. */
    static RecordedEvent of(DomainEventMessage<?> message, Serializer serializer, JsonMapper json) {
        SerializedObject<byte[]> payload = serializer.serialize(message.getPayload(), byte[].class);
        SerializedObject<byte[]> metadata = serializer.serialize(message.getMetaData(), byte[].class);
        return new RecordedEvent(message.getType(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                message.getTimestamp(), payload.getType().getName(), payload.getType().getRevision(),
                json.readTree(metadata.getData()), json.readTree(payload.getData()));
    }

    /** The message an event processor would be handed for this stored event, read back by {@code serializer}. */
    DomainEventMessage<?> toMessage(Serializer serializer, JsonMapper json) {
        Object event = serializer.deserialize(new SimpleSerializedObject<>(json.writeValueAsBytes(payload),
                byte[].class, payloadType, revision));
        MetaData metaData = serializer.deserialize(new SerializedMetaData<>(json.writeValueAsBytes(metadata),
                byte[].class));
        return new GenericDomainEventMessage<>(aggregateType, aggregateIdentifier, sequence, event, metaData,
                messageIdentifier(), recordedAt);
    }

    /**
     * The fixture's message ids are random and not worth recording; a redelivered event must carry the same id
     * as its first delivery, so derive one from the event's place in its stream.
     */
    private String messageIdentifier() {
        return UUID.nameUUIDFromBytes((aggregateIdentifier + "/" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
