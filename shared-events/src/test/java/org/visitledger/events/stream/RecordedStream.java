package org.visitledger.events.stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete event stream of one visit, in the form of a recorded-stream file: a JSON array with one entry per
 * event, in sequence order, holding {@code aggregateType}, {@code aggregateIdentifier}, {@code sequence},
 * {@code recordedAt}, {@code payloadType}, {@code revision}, {@code metadata} and {@code payload}. Payload and
 * metadata are written by the production serializer (Axon's {@code Jackson3Serializer}, no customizer, as in
 * StoredEventFormTest), so a stream reads back exactly as the event store would hand it to a projection.
 */
public final class RecordedStream {

    private static final Serializer SERIALIZER = Jackson3Serializer.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<RecordedEvent> events;

    private RecordedStream(List<RecordedEvent> events) {
        this.events = List.copyOf(events);
    }

    /** The stored form of a visit's events, as read back from an event store. */
    public static RecordedStream of(List<? extends DomainEventMessage<?>> messages) {
        return new RecordedStream(messages.stream().map(m -> RecordedEvent.of(m, SERIALIZER, JSON)).toList());
    }

    public static RecordedStream read(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    static RecordedStream fromJson(String text) {
        List<RecordedEvent> events = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(text).values()) {
            JsonNode revision = entry.required("revision");
            events.add(new RecordedEvent(entry.required("aggregateType").asString(),
                    entry.required("aggregateIdentifier").asString(), entry.required("sequence").asLong(),
                    Instant.parse(entry.required("recordedAt").asString()), entry.required("payloadType").asString(),
                    revision.isNull() ? null : revision.asString(), entry.required("metadata"),
                    entry.required("payload")));
        }
        return new RecordedStream(events);
    }

    /** Writes the file, pretty-printed, unless it already holds this stream (so an unchanged file keeps its bytes). */
    public void writeTo(Path file) throws IOException {
        if (Files.exists(file) && read(file).equals(this)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
    }

    String toJson() {
        ArrayNode entries = JSON.createArrayNode();
        for (RecordedEvent event : events) {
            ObjectNode entry = entries.addObject();
            entry.put("aggregateType", event.aggregateType());
            entry.put("aggregateIdentifier", event.aggregateIdentifier());
            entry.put("sequence", event.sequence());
            entry.put("recordedAt", event.recordedAt().toString());
            entry.put("payloadType", event.payloadType());
            entry.put("revision", event.revision());
            entry.set("metadata", event.metadata());
            entry.set("payload", event.payload());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entries);
    }

    public List<RecordedEvent> events() {
        return events;
    }

    /** The messages an event processor would be handed, payloads and metadata read by the production serializer. */
    public List<DomainEventMessage<?>> messages() {
        return events.stream().<DomainEventMessage<?>>map(e -> e.toMessage(SERIALIZER, JSON)).toList();
    }

    /** The payload types in sequence order, for a readable first failure when a stream changes. */
    public List<String> payloadTypes() {
        return events.stream().map(RecordedEvent::payloadType).toList();
    }

    /** The events recorded at or before {@code instant}: the stream as a projection could have seen it then. */
    public RecordedStream recordedUntil(Instant instant) {
        return new RecordedStream(events.stream().filter(e -> !e.recordedAt().isAfter(instant)).toList());
    }

    public String visitId() {
        return events.get(0).aggregateIdentifier();
    }

    public int size() {
        return events.size();
    }

    /** The sequence number of the last event: the visit's version. */
    public long lastSequence() {
        return events.get(events.size() - 1).sequence();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedStream stream && events.equals(stream.events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
