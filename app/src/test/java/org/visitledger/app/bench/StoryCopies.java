package org.visitledger.app.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.visitledger.events.stream.RecordedEvent;
import org.visitledger.events.stream.RecordedStory;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A large event store's worth of real visits: copies of the recorded stories ({@link RecordedStory}), each with a
 * fresh visit id ({@code <story>-<uuid>}, so that a check can tell which story a row came from) and fresh event
 * ids, handed out batch by batch so that no more than one batch is ever held. Visits are copied in waves of one
 * copy of every story per round, their events interleaved as concurrent visits' events are in a real store,
 * each visit's own events in sequence order. Payloads and metadata are read back by the application's own event
 * serializer, so that the event store writes them exactly as it writes the events of a command.
 */
final class StoryCopies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Visits of a wave: one copy of each story, this many times. */
    private static final int ROUNDS_PER_WAVE = 20;

    private final Serializer serializer;
    private final List<Template> templates;
    private final Map<String, Integer> copies = new LinkedHashMap<>();
    private long events;

    StoryCopies(Serializer serializer) {
        this.serializer = serializer;
        this.templates = Arrays.stream(RecordedStory.values()).map(Template::of).toList();
        templates.forEach(t -> copies.put(t.story(), 0));
    }

    /** Whole visits, in batches of {@code batchSize} events, until at least {@code atLeast} events were handed out. */
    void generate(long atLeast, int batchSize, Consumer<List<DomainEventMessage<?>>> sink) {
        List<DomainEventMessage<?>> batch = new ArrayList<>(batchSize);
        while (events < atLeast) {
            List<Copy> wave = nextWave(atLeast);
            int longest = wave.stream().mapToInt(c -> c.template().events().size()).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (Copy copy : wave) {
                    if (i < copy.template().events().size()) {
                        batch.add(message(copy, copy.template().events().get(i)));
                        if (batch.size() == batchSize) {
                            sink.accept(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }

    /** The next visits to copy, planned (and counted) so that the last wave stops once {@code atLeast} is reached. */
    private List<Copy> nextWave(long atLeast) {
        List<Copy> wave = new ArrayList<>();
        for (int round = 0; round < ROUNDS_PER_WAVE && events < atLeast; round++) {
            for (Template template : templates) {
                if (events >= atLeast) {
                    break;
                }
                wave.add(new Copy(template, template.story() + "-" + UUID.randomUUID()));
                copies.merge(template.story(), 1, Integer::sum);
                events += template.events().size();
            }
        }
        return wave;
    }

    private DomainEventMessage<?> message(Copy copy, EventTemplate event) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(
                copy.rename(event.payloadJson()), byte[].class, event.payloadType(), event.revision()));
        MetaData metaData = serializer.deserialize(new SerializedMetaData<>(copy.rename(event.metadataJson()),
                byte[].class));
        return new GenericDomainEventMessage<>(event.aggregateType(), copy.visitId(), event.sequence(), payload,
                metaData, UUID.randomUUID().toString(), event.recordedAt());
    }

    /** How many copies of each story (by file name) were handed out. */
    Map<String, Integer> copies() {
        return Map.copyOf(copies);
    }

    /** How many events were handed out. */
    long events() {
        return events;
    }

    /** The number of events of a story's stream. */
    int eventsOf(String story) {
        return template(story).events().size();
    }

    /** A story's events as its stream recorded them (the story's own ids). */
    List<RecordedEvent> recorded(String story) {
        return template(story).recorded();
    }

    private Template template(String story) {
        return templates.stream().filter(t -> t.story().equals(story)).findFirst().orElseThrow();
    }

    /** A story's events as JSON text; the story's name (its visit's id) is replaced in each copy. */
    private record Template(String story, List<EventTemplate> events, List<RecordedEvent> recorded) {

        static Template of(RecordedStory story) {
            List<RecordedEvent> recorded = story.read().events();
            return new Template(story.fileName(), recorded.stream().map(EventTemplate::of).toList(), recorded);
        }
    }

    private record EventTemplate(String aggregateType, long sequence, Instant recordedAt, String payloadType,
                                 String revision, String payloadJson, String metadataJson) {

        static EventTemplate of(RecordedEvent event) {
            return new EventTemplate(event.aggregateType(), event.sequence(), event.recordedAt(), event.payloadType(),
                    event.revision(), JSON.writeValueAsString(event.payload()), JSON.writeValueAsString(event.metadata()));
        }
    }

    /**
     * One copy of a story. Its visit id replaces the story's wherever it occurs: the visitId fields, the
     * correlation ids ({@code <visit>/<n>}) and ids derived from it (the commissioned monitoring visit's).
     */
    private record Copy(Template template, String visitId) {

        byte[] rename(String json) {
            return json.replace(template.story(), visitId).getBytes(StandardCharsets.UTF_8);
        }
    }
}
