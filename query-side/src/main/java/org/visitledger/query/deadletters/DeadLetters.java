package org.visitledger.query.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.query.admin.UnknownReadModelException;
import org.visitledger.query.readmodel.ReadModelTables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read models' dead letters for administrators: listed from the queue's table (so that a letter whose payload no
 * longer deserialises can still be seen and evicted), retried through Axon's dead-letter processor (the visit's
 * letters in order, each handled as the read model's processor would), evicted for good.
 */
@Component
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static final String LETTERS = "SELECT processing_group, sequence_identifier, event_identifier, "
            + "payload_type, sequence_number, time_stamp, enqueued_at, last_touched, cause_message "
            + "FROM " + DeadLetterConfiguration.TABLE;
    private static final String ORDER = " ORDER BY processing_group, sequence_identifier, sequence_index";

    private final EventProcessingConfiguration processing;
    private final ReadModelTables tables;
    private final JdbcTemplate jdbc;

    public DeadLetters(EventProcessingConfiguration processing, ReadModelTables tables, JdbcTemplate jdbc) {
        this.processing = processing;
        this.tables = tables;
        this.jdbc = jdbc;
    }

    /** The parked visits of one read model, or of all when {@code readModel} is null. */
    public List<ParkedVisit> list(String readModel) {
        List<Map<String, Object>> rows = readModel == null ? jdbc.queryForList(LETTERS + ORDER)
                : jdbc.queryForList(LETTERS + " WHERE processing_group = ?" + ORDER, known(readModel));
        Map<List<String>, List<ParkedEvent>> visits = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            visits.computeIfAbsent(List.of((String) row.get("processing_group"),
                    (String) row.get("sequence_identifier")), key -> new ArrayList<>()).add(event(row));
        }
        List<ParkedVisit> parked = new ArrayList<>();
        visits.forEach((key, events) -> parked.add(new ParkedVisit(key.get(0), key.get(1), List.copyOf(events))));
        return parked;
    }

    /** Parked events per read model (every read model, 0 where none). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.readModels().forEach(readModel -> counts.put(readModel, 0L));
        jdbc.queryForList("SELECT processing_group, COUNT(*) AS parked FROM " + DeadLetterConfiguration.TABLE
                        + " GROUP BY processing_group")
                .forEach(row -> counts.computeIfPresent((String) row.get("processing_group"),
                        (name, none) -> ((Number) row.get("parked")).longValue()));
        return counts;
    }

    /** The number of events of {@code visitId} parked by {@code readModel}. */
    public long parkedEvents(String readModel, String visitId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + DeadLetterConfiguration.TABLE
                + " WHERE processing_group = ? AND sequence_identifier = ?", Long.class, known(readModel), visitId);
        return count == null ? 0 : count;
    }

    /**
     * Applies the visit's parked events again, in order, as the read model's processor would; each applied event
     * leaves the queue, and the first that fails again stays with its new cause, with those behind it.
     * Returns whether all were applied.
     */
    public boolean retry(String readModel, String visitId, String admin) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(
                known(readModel)).orElseThrow(() -> UnknownReadModelException.of(readModel));
        boolean applied = letters.process(letter -> visitId.equals(visitOf(letter)));
        LOG.warn("{} retried the parked events of visit {} in read model {}: {}", admin, visitId, readModel,
                applied ? "all applied" : "failed again, still parked");
        return applied;
    }

    /**
     * Removes the visit's parked events for good: the read model will not have them (its eventsNotSeen says so) until
     * it is rebuilt by a replay. Done in SQL, so that letters that can no longer be read can still be evicted.
     */
    public int evict(String readModel, String visitId, String admin) {
        int evicted = jdbc.update("DELETE FROM " + DeadLetterConfiguration.TABLE
                + " WHERE processing_group = ? AND sequence_identifier = ?", known(readModel), visitId);
        LOG.warn("{} evicted {} parked events of visit {} from read model {}; it lacks them until a replay", admin,
                evicted, visitId, readModel);
        return evicted;
    }

    private String known(String readModel) {
        if (!tables.readModels().contains(readModel)) {
            throw UnknownReadModelException.of(readModel);
        }
        return readModel;
    }

    private static String visitOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : null;
    }

    private static ParkedEvent event(Map<String, Object> row) {
        String payloadType = (String) row.get("payload_type");
        Number sequence = (Number) row.get("sequence_number");
        return new ParkedEvent((String) row.get("event_identifier"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1),
                sequence == null ? null : sequence.longValue(), (String) row.get("time_stamp"),
                (String) row.get("enqueued_at"), (String) row.get("last_touched"), (String) row.get("cause_message"));
    }
}
