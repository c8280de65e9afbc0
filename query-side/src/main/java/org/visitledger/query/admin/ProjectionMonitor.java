package org.visitledger.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.deadletters.DeadLetters;
import org.visitledger.query.readmodel.ReadModelTables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Reads every read model's processor status and checks it has applied every stored event of its visits. */
@Component
public class ProjectionMonitor {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;
    private final DeadLetters deadLetters;

    public ProjectionMonitor(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
                             ReadModelTables tables, DeadLetters deadLetters) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.tables = tables;
        this.deadLetters = deadLetters;
    }

    public List<ProjectionStatus> statuses() {
        long head = position(eventStore.createHeadToken()).orElse(0);
        // One count of the store for all read models: on PostgreSQL it reads the whole index.
        long storedEvents = storedEvents();
        Map<String, Long> parked = deadLetters.counts();
        List<ProjectionStatus> statuses = new ArrayList<>();
        readModelProcessors().forEach((name, processor) -> statuses.add(status(name, processor, head, storedEvents,
                parked.getOrDefault(name, 0L))));
        statuses.sort((a, b) -> a.name().compareTo(b.name()));
        return statuses;
    }

    /**
     * Whether the read model stands at the head of the store and has applied every stored event. The event store is
     * counted only once its position has reached the head: while a replay of a million events runs, checking every
     * 0.5 s costs nothing but reading the processor's own status.
     */
    public boolean caughtUp(String readModel) {
        StreamingEventProcessor processor = readModelProcessors().get(readModel);
        if (processor == null) {
            return false;
        }
        Long position = position(processor);
        long head = position(eventStore.createHeadToken()).orElse(0);
        if (position == null || position < head || inError(processor)) {
            return false;
        }
        // Parked events are accounted for: the rebuild has reached them, and they wait for an administrator.
        ProjectionStatus status = status(readModel, processor, head, storedEvents(),
                deadLetters.counts().getOrDefault(readModel, 0L));
        return status.eventsNotSeen() == status.deadLetters();
    }

    /**
     * How far each read model's processor here stands behind the head of the store, in events (the head when it has
     * claimed no segment): cheap enough to read on every metrics scrape, unlike {@link #statuses()}.
     */
    public Map<String, Long> lags() {
        long head = position(eventStore.createHeadToken()).orElse(0);
        Map<String, Long> lags = new TreeMap<>();
        readModelProcessors().forEach((name, processor) -> {
            Long position = position(processor);
            lags.put(name, position == null || position < 0 ? head : Math.max(0, head - position));
        });
        return lags;
    }

    /** The read models whose processor here is failing (retrying a batch that keeps failing). */
    public java.util.Set<String> failing() {
        java.util.Set<String> failing = new java.util.TreeSet<>();
        readModelProcessors().forEach((name, processor) -> {
            if (inError(processor)) {
                failing.add(name);
            }
        });
        return failing;
    }

    /** Processes (sagas) run on the same event stream but keep no read model. */
    private Map<String, StreamingEventProcessor> readModelProcessors() {
        Map<String, StreamingEventProcessor> readModels = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming
                    && tables.readModels().contains(name)) {
                readModels.put(name, streaming);
            }
        });
        return readModels;
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head, long storedEvents,
                                    long parked) {
        Long position = position(processor);
        Map<String, Object> seen = jdbc.queryForMap("SELECT COUNT(*) AS visits, COALESCE(SUM(events_seen), 0) AS seen "
                + "FROM read_model_version WHERE processing_group = ?", name);
        // Every stored event is a visit's event: the store's count minus the events this read model applied.
        long notSeen = storedEvents - ((Number) seen.get("seen")).longValue();
        long lag = position == null || position < 0 ? head : Math.max(0, head - position);
        return new ProjectionStatus(name, position, head, lag, false, inError(processor) || parked > 0,
                ((Number) seen.get("visits")).longValue(), notSeen, parked);
    }

    /** The lowest position of the processor's segments here; null before it has claimed any. */
    private static Long position(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return segments.isEmpty() ? null
                : segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    private static boolean inError(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
