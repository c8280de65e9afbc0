package org.visitledger.app.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.visitledger.app.RunningApp;
import org.visitledger.app.VisitRequests;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tracking processor whose token has gaps (indexes of transactions it saw uncommitted) reads, in one batch, the
 * gaps' events that have committed since and the events past its token, in index order, each once: on H2 by the
 * store's own read for that case (two reads by index joined, issue 24), on PostgreSQL by Axon's.
 */
class TrackedEventsWithGapsTest extends RunningApp {

    @Autowired
    private EventStorageEngine storage;

    @Autowired
    private TransactionManager transactions;

    @Test
    void a_token_with_gaps_reads_the_gaps_events_and_those_past_it_in_index_order() {
        String visitId = expect(inspector.post("/api/visits", VisitRequests.announce("RSS_ASSURANCE")), 201)
                .json().get("visitId").asString();
        expect(inspector.post("/api/visits/" + visitId + "/arrival", null), 200);
        expect(inspector.post("/api/visits/" + visitId + "/annex-a", null), 200);
        List<TrackedEventMessage<?>> all = eventsOf(visitId, null);
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        long third = indexOf(all.get(2));

        // Seen up to the third event, with the first two taken as not yet committed when it was read.
        TrackingToken withGaps = GapAwareTrackingToken.newInstance(third,
                Set.of(indexOf(all.get(0)), indexOf(all.get(1))));

        List<String> expected = all.stream().map(TrackedEventMessage::getIdentifier).toList();
        assertThat(eventsOf(visitId, withGaps)).extracting(TrackedEventMessage::getIdentifier)
                .containsExactlyElementsOf(expected.stream().filter(id -> !id.equals(expected.get(2))).toList());
    }

    /** The visit's events as a processor reads them from {@code token} (null: from the start). */
    private List<TrackedEventMessage<?>> eventsOf(String visitId, TrackingToken token) {
        return transactions.fetchInTransaction(() -> storage.readEvents(token, false)
                .filter(event -> event instanceof TrackedEventMessage<?>)
                .<TrackedEventMessage<?>>map(event -> (TrackedEventMessage<?>) event)
                .filter(event -> visitId.equals(aggregateOf(event)))
                .toList());
    }

    /** An event's own global index, as a read from the start gives it (its token's position: no gaps there). */
    private static long indexOf(TrackedEventMessage<?> readFromTheStart) {
        return readFromTheStart.trackingToken().position().orElseThrow();
    }

    private static String aggregateOf(TrackedEventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : null;
    }
}
