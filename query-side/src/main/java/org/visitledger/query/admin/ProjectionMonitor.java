package org.visitledger.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/** Reads every read model's processor status and checks it has applied every stored event of its visits. */
@Component
public class ProjectionMonitor {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    public ProjectionMonitor(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    public List<ProjectionStatus> statuses() {
        long head = position(eventStore.createHeadToken()).orElse(0);
        List<ProjectionStatus> statuses = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            // Processes (sagas) run on the same event stream but keep no read model.
            if (processor instanceof StreamingEventProcessor streaming
                    && ReadModelTables.TABLES_BY_READ_MODEL.containsKey(name)) {
                statuses.add(status(name, streaming, head));
            }
        });
        statuses.sort((a, b) -> a.name().compareTo(b.name()));
        return statuses;
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = segments.isEmpty() ? null : segments.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        boolean error = segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        Long visits = jdbc.queryForObject("SELECT COUNT(*) FROM read_model_version WHERE processing_group = ?",
                Long.class, name);
        // Every stored event is a visit's event: the store's count minus the events this read model applied.
        Long notSeen = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM domain_event_entry) - COALESCE("
                + "(SELECT SUM(events_seen) FROM read_model_version WHERE processing_group = ?), 0)", Long.class, name);
        long lag = position == null || position < 0 ? head : Math.max(0, head - position);
        return new ProjectionStatus(name, position, head, lag, false, error, visits == null ? 0 : visits,
                notSeen == null ? 0 : notSeen);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
