package org.visitledger.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.http.HttpStatus;
import org.visitledger.problems.Problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dead letters of this process's processors (the read models, the processes, or both) for administrators:
 * listed from the queue's table (so that a letter whose payload no longer deserialises can still be seen and
 * evicted), retried through Axon's dead-letter processor (the visit's letters in order, each handled as the
 * processor would), evicted for good.
 */
@Component
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    private static final String LETTERS = "SELECT processing_group, sequence_identifier, event_identifier, "
            + "payload_type, sequence_number, time_stamp, enqueued_at, last_touched, cause_message "
            + "FROM " + DeadLetterTable.NAME;
    private static final String ORDER = " ORDER BY processing_group, sequence_identifier, sequence_index";

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    public DeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** The processors of this process that have a dead-letter queue, by name. */
    public List<String> processors() {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> processing.deadLetterQueue(name).isPresent()).sorted().toList();
    }

    /** The parked visits of one processor, or of all of this process's when {@code processor} is null. */
    public List<ParkedVisit> list(String processor) {
        List<String> processors = processor == null ? processors() : List.of(known(processor));
        if (processors.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", processors.stream().map(p -> "?").toList());
        List<Map<String, Object>> rows = jdbc.queryForList(LETTERS + " WHERE processing_group IN (" + in + ")" + ORDER,
                processors.toArray());
        Map<List<String>, List<ParkedEvent>> visits = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            visits.computeIfAbsent(List.of((String) row.get("processing_group"),
                    (String) row.get("sequence_identifier")), key -> new ArrayList<>()).add(event(row));
        }
        List<ParkedVisit> parked = new ArrayList<>();
        visits.forEach((key, events) -> parked.add(new ParkedVisit(key.get(0), key.get(1), List.copyOf(events))));
        return parked;
    }

    /** Parked events per processor of this process (0 where none). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        processors().forEach(processor -> counts.put(processor, 0L));
        jdbc.queryForList("SELECT processing_group, COUNT(*) AS parked FROM " + DeadLetterTable.NAME
                        + " GROUP BY processing_group")
                .forEach(row -> counts.computeIfPresent((String) row.get("processing_group"),
                        (name, none) -> ((Number) row.get("parked")).longValue()));
        return counts;
    }

    /** The number of events of {@code visitId} parked by {@code processor}. */
    public long parkedEvents(String processor, String visitId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + DeadLetterTable.NAME
                + " WHERE processing_group = ? AND sequence_identifier = ?", Long.class, known(processor), visitId);
        return count == null ? 0 : count;
    }

    /**
     * Applies the visit's parked events again, in order, as the read model's processor would; each applied event
     * leaves the queue, and the first that fails again stays with its new cause, with those behind it.
     * Returns whether all were applied.
     */
    public boolean retry(String processor, String visitId, String admin) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(
                known(processor)).orElseThrow(() -> unknown(processor));
        boolean applied;
        try {
            applied = letters.process(letter -> visitId.equals(visitOf(letter)));
        } catch (RuntimeException failure) {
            // The retry's transaction rolled back as a whole (a command a process sent failed inside it): the letters
            // are as they were.
            LOG.warn("Retrying the parked events of visit {} in {} failed: {}", visitId, processor,
                    ParkingCause.of(failure).getMessage());
            applied = false;
        }
        LOG.warn("{} retried the parked events of visit {} in {}: {}", admin, visitId, processor,
                applied ? "all applied" : "failed again, still parked");
        return applied;
    }

    /**
     * Removes the visit's parked events for good: a read model will not have them (its eventsNotSeen says so) until
     * it is rebuilt by a replay, and a process will not act on them. Done in SQL, so that letters that can no longer
     * be read can still be evicted.
     */
    public int evict(String processor, String visitId, String admin) {
        int evicted = jdbc.update("DELETE FROM " + DeadLetterTable.NAME
                + " WHERE processing_group = ? AND sequence_identifier = ?", known(processor), visitId);
        LOG.warn("{} evicted {} parked events of visit {} from {}; they will not be applied", admin, evicted,
                visitId, processor);
        return evicted;
    }

    private String known(String processor) {
        if (!processors().contains(processor)) {
            throw unknown(processor);
        }
        return processor;
    }

    private static RuntimeException unknown(String processor) {
        return Problems.thrown(HttpStatus.NOT_FOUND, "dead-letter-queue-not-found", "No such dead-letter queue",
                "No processor " + processor + " with a dead-letter queue here; see GET /api/admin/dead-letters");
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
