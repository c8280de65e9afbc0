package org.visitledger.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.visitledger.query.readmodel.ReadModelTables;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live stream of what happens to visits (issue 22), for the web pages and for API clients: each stored event,
 * told once every read model has applied it, so that a page that reads again on hearing it sees the change. One
 * poller per process reads the event store's new rows and the read models' per-visit versions (both in the database,
 * so it works whichever query-side instance applied them); subscribers hear only the visits they may read.
 */
@Component
public class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    static final Duration POLL = Duration.ofMillis(200);
    /** A read model that cannot apply a visit's event (parked, or far behind) does not hold the stream back longer. */
    static final Duration MAX_WAIT_FOR_READ_MODELS = Duration.ofSeconds(5);
    /** An index skipped by a slower transaction is looked for again this long (Axon's tracking does the same). */
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration RECONNECT = Duration.ofSeconds(2);
    /** How far back a reconnecting client is caught up with {@code Last-Event-ID}. */
    static final int MAX_CATCH_UP = 1000;
    private static final int BATCH = 500;
    private static final String EVENTS = "SELECT global_index, aggregate_identifier, sequence_number, payload_type, "
            + "time_stamp FROM domain_event_entry ";

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final List<LiveEvent> pending = new ArrayList<>();
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();
    private final Map<String, String> providerOfVisit = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 10_000;
        }
    });
    private ScheduledExecutorService poller;
    private long cursor = -1;
    private Instant lastHeartbeat = Instant.now();

    public LiveFeed(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /**
     * Subscribes a caller bound to {@code providerUrn} (null: every visit); with {@code lastEventId}, first tells what
     * it missed since that event (at most {@value #MAX_CATCH_UP} events), as a reconnecting EventSource asks.
     */
    public synchronized SseEmitter subscribe(String providerUrn, Long lastEventId, Duration timeout) {
        Subscriber subscriber = new Subscriber(new SseEmitter(timeout.toMillis()), providerUrn);
        subscriber.emitter().onCompletion(() -> subscribers.remove(subscriber));
        subscriber.emitter().onTimeout(() -> subscribers.remove(subscriber));
        subscriber.emitter().onError(error -> subscribers.remove(subscriber));
        // Sent at once, so that the answer's head reaches the client now, not with the first event; it also tells
        // EventSource to reconnect after 2 s rather than its default 3.
        if (!subscriber.open()) {
            return subscriber.emitter();
        }
        // What was read but is not yet told (pending) is told by the poller, not here as well.
        long caughtUpTo = pending.stream().mapToLong(LiveEvent::position).min().orElse(cursor + 1) - 1;
        if (lastEventId != null && lastEventId < caughtUpTo) {
            jdbc.query(EVENTS + "WHERE global_index > ? AND global_index <= ? ORDER BY global_index", rs -> {
                LiveEvent event = LiveEvent.of(rs);
                if (subscriber.mayHear(providerOf(event.visitId()))) {
                    subscriber.send(event);   // a listener gone meanwhile is not added below
                }
            }, lastEventId, Math.min(caughtUpTo, lastEventId + MAX_CATCH_UP));
        }
        subscribers.add(subscriber);
        return subscriber.emitter();
    }

    /** One round: new rows of the store, then what the read models have caught up with, told to who may hear it. */
    synchronized void poll() {
        try {
            readNewEvents();
            tellApplied(Instant.now());
            if (Instant.now().isAfter(lastHeartbeat.plus(HEARTBEAT))) {
                lastHeartbeat = Instant.now();
                subscribers.removeIf(subscriber -> !subscriber.heartbeat());
            }
        } catch (RuntimeException e) {
            log.warn("Live feed round failed; the next one tries again: {}", e.toString());
        }
    }

    private void readNewEvents() {
        if (!gaps.isEmpty()) {
            gaps.values().removeIf(since -> since.plus(GAP_TIMEOUT).isBefore(Instant.now()));
            List<Object> indexes = new ArrayList<>(gaps.keySet());
            if (!indexes.isEmpty()) {
                jdbc.query(EVENTS + "WHERE global_index IN (" + marks(indexes.size()) + ")", rs -> {
                    LiveEvent filled = LiveEvent.of(rs);
                    gaps.remove(filled.position());
                    pending.add(filled);
                }, indexes.toArray());
            }
        }
        jdbc.query(EVENTS + "WHERE global_index > ? ORDER BY global_index LIMIT " + BATCH, rs -> {
            LiveEvent event = LiveEvent.of(rs);
            for (long missing = cursor + 1; cursor >= 0 && missing < event.position(); missing++) {
                gaps.put(missing, Instant.now());
            }
            cursor = event.position();
            if (!subscribers.isEmpty()) {
                pending.add(event);
            }
        }, cursor);
    }

    private void tellApplied(Instant now) {
        if (pending.isEmpty()) {
            return;
        }
        if (subscribers.isEmpty()) {
            pending.clear();
            return;
        }
        Map<String, Long> applied = appliedByAllReadModels(pending.stream().map(LiveEvent::visitId).distinct()
                .toList());
        for (Iterator<LiveEvent> it = pending.iterator(); it.hasNext(); ) {
            LiveEvent event = it.next();
            if (applied.getOrDefault(event.visitId(), -1L) >= event.version()
                    || event.seenAt().plus(MAX_WAIT_FOR_READ_MODELS).isBefore(now)) {
                String provider = providerOf(event.visitId());
                subscribers.removeIf(subscriber -> subscriber.mayHear(provider) && !subscriber.send(event));
                it.remove();
            }
        }
    }

    /** The version of each visit that every read model has applied (absent while one has not seen it). */
    private Map<String, Long> appliedByAllReadModels(List<String> visits) {
        Map<String, Long> applied = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>(visits);
        args.addAll(tables.readModels());
        jdbc.query("SELECT visit_id, MIN(version) AS version, COUNT(*) AS models FROM read_model_version "
                + "WHERE visit_id IN (" + marks(visits.size()) + ") AND processing_group IN ("
                + marks(tables.readModels().size()) + ") GROUP BY visit_id", rs -> {
            if (rs.getInt("models") == tables.readModels().size()) {
                applied.put(rs.getString("visit_id"), rs.getLong("version"));
            }
        }, args.toArray());
        return applied;
    }

    /** The provider URN of a visit, from its summary (cached: it never changes); null until the summary has it. */
    private String providerOf(String visitId) {
        String cached = providerOfVisit.get(visitId);
        if (cached != null) {
            return cached;
        }
        List<String> urn = jdbc.queryForList("SELECT provider_urn FROM " + tables.name("visit_summary")
                + " WHERE visit_id = ?", String.class, visitId);
        if (urn.isEmpty()) {
            return null;
        }
        providerOfVisit.put(visitId, urn.get(0));
        return urn.get(0);
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    @Override
    public synchronized void start() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        cursor = head == null ? -1 : head;
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-feed");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    /** A listener and the provider it is bound to (null: it may hear every visit). */
    private record Subscriber(SseEmitter emitter, String providerUrn) {

        /** A provider hears its own visits only; a visit whose provider is not yet known is not told to providers. */
        boolean mayHear(String visitProvider) {
            return providerUrn == null || providerUrn.equals(visitProvider);
        }

        /** Sends an event; false when the listener has gone (its connection closed), which then leaves the feed. */
        boolean send(LiveEvent event) {
            return send(SseEmitter.event().id(Long.toString(event.position())).name("visit")
                    .data(event.message(), MediaType.APPLICATION_JSON));
        }

        boolean open() {
            return send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("visit-ledger live"));
        }

        boolean heartbeat() {
            return send(SseEmitter.event().comment("still here"));
        }

        private boolean send(SseEmitter.SseEventBuilder message) {
            try {
                emitter.send(message);
                return true;
            } catch (IOException | IllegalStateException gone) {
                try {
                    emitter.completeWithError(gone);
                } catch (IllegalStateException alreadyClosed) {
                    // the container has already ended the stream
                }
                return false;
            }
        }
    }
}
