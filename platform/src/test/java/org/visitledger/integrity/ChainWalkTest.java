package org.visitledger.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules INTEGRITY-HASH-CHAIN and INTEGRITY-VERIFY on a chain built in memory: each kind of break, where it is. */
class ChainWalkTest {

    private static final String VISIT = "V-1";

    @Test
    void every_field_of_the_canonical_form_changes_the_hash() {
        StoredEvent event = event(2, 12);
        byte[] hash = ChainHash.link(event, ChainHash.genesis());
        List<StoredEvent> changed = List.of(
                new StoredEvent(12, "V-2", 2, "id-2", "Visit", "T", "1", "2026-01-01T00:00:00Z", meta(), payload(2)),
                new StoredEvent(12, VISIT, 3, "id-2", "Visit", "T", "1", "2026-01-01T00:00:00Z", meta(), payload(2)),
                new StoredEvent(12, VISIT, 2, "id-X", "Visit", "T", "1", "2026-01-01T00:00:00Z", meta(), payload(2)),
                new StoredEvent(12, VISIT, 2, "id-2", "Other", "T", "1", "2026-01-01T00:00:00Z", meta(), payload(2)),
                new StoredEvent(12, VISIT, 2, "id-2", "Visit", "U", "1", "2026-01-01T00:00:00Z", meta(), payload(2)),
                new StoredEvent(12, VISIT, 2, "id-2", "Visit", "T", "2", "2026-01-01T00:00:00Z", meta(), payload(2)),
                new StoredEvent(12, VISIT, 2, "id-2", "Visit", "T", "1", "2026-01-01T00:00:01Z", meta(), payload(2)),
                new StoredEvent(12, VISIT, 2, "id-2", "Visit", "T", "1", "2026-01-01T00:00:00Z",
                        "{\"actor\":\"b\"}".getBytes(StandardCharsets.UTF_8), payload(2)),
                new StoredEvent(12, VISIT, 2, "id-2", "Visit", "T", "1", "2026-01-01T00:00:00Z", meta(), payload(3)));
        for (StoredEvent other : changed) {
            assertThat(ChainHash.link(other, ChainHash.genesis())).as(other.toString()).isNotEqualTo(hash);
        }
        assertThat(ChainHash.link(event, hash)).as("the previous hash").isNotEqualTo(hash);
        assertThat(ChainHash.link(event(2, 99), ChainHash.genesis())).as("global index is not hashed").isEqualTo(hash);
        // Length prefixes: moving a character from one field to the next is another form.
        assertThat(ChainHash.link(new StoredEvent(1, "V-1", 0, "ab", "c", "T", "1", "t", meta(), payload(0)),
                ChainHash.genesis())).isNotEqualTo(ChainHash.link(
                new StoredEvent(1, "V-1", 0, "a", "bc", "T", "1", "t", meta(), payload(0)), ChainHash.genesis()));
    }

    @Test
    void an_intact_chain_verifies_to_its_head() {
        Chain chain = new Chain(5);
        ChainResult result = chain.walk(null, chain.events, chain.hashes, 4);
        assertThat(result.intact()).isTrue();
        assertThat(result.events()).isEqualTo(5);
        assertThat(result.head().sequence()).isEqualTo(4);
        assertThat(result.head().hash()).isEqualTo(chain.hashes.get(4));
    }

    @Test
    void a_changed_event_breaks_at_its_sequence() {
        Chain chain = new Chain(5);
        List<StoredEvent> events = new ArrayList<>(chain.events);
        StoredEvent third = events.get(2);
        events.set(2, new StoredEvent(third.globalIndex(), VISIT, 2, third.eventIdentifier(), "Visit", "T", "1",
                third.timeStamp(), third.metaData(), payload(77)));
        assertBreak(chain.walk(null, events, chain.hashes, 4), 2, LinkProblem.CHANGED);
    }

    @Test
    void a_gap_is_missing_at_the_first_absent_sequence() {
        Chain chain = new Chain(5);
        List<StoredEvent> events = new ArrayList<>(chain.events);
        List<byte[]> hashes = new ArrayList<>(chain.hashes);
        events.remove(1);
        hashes.remove(1);
        assertBreak(chain.walk(null, events, hashes, 4), 1, LinkProblem.MISSING);
    }

    @Test
    void an_event_without_a_recorded_hash_is_not_recorded() {
        Chain chain = new Chain(5);
        List<byte[]> hashes = new ArrayList<>(chain.hashes);
        hashes.set(3, null);
        assertBreak(chain.walk(null, chain.events, hashes, 4), 3, LinkProblem.NOT_RECORDED);
    }

    @Test
    void events_stored_out_of_order_break_where_the_order_turns() {
        Chain chain = new Chain(5);
        List<StoredEvent> events = new ArrayList<>(chain.events);
        StoredEvent fourth = events.get(3);
        events.set(3, new StoredEvent(1, fourth.aggregateIdentifier(), 3, fourth.eventIdentifier(),
                fourth.aggregateType(), fourth.payloadType(), fourth.payloadRevision(), fourth.timeStamp(),
                fourth.metaData(), fourth.payload()));
        assertBreak(chain.walk(null, events, chain.hashes, 4), 3, LinkProblem.OUT_OF_ORDER);
    }

    @Test
    void an_end_cut_off_is_truncated_by_its_recorded_hashes_or_by_the_checkpoint() {
        Chain chain = new Chain(5);
        assertBreak(chain.walk(null, chain.events.subList(0, 3), chain.hashes, 4), 3, LinkProblem.TRUNCATED);
        ChainHead checkpointed = new ChainHead(VISIT, 4, chain.hashes.get(4));
        ChainResult cut = chain.walk(checkpointed, chain.events.subList(0, 3), chain.hashes, 2);
        assertBreak(cut, 3, LinkProblem.TRUNCATED);
        assertThat(cut.firstBrokenLink().detail()).contains("checkpoint 7");
    }

    @Test
    void a_chain_that_holds_but_is_not_the_checkpointed_one_differs_from_it() {
        Chain chain = new Chain(5);
        ChainHead checkpointed = new ChainHead(VISIT, 3, new byte[32]);
        assertBreak(chain.walk(checkpointed, chain.events, chain.hashes, 4), 3, LinkProblem.DIFFERS_FROM_CHECKPOINT);
        ChainHead agreeing = new ChainHead(VISIT, 3, chain.hashes.get(3));
        assertThat(chain.walk(agreeing, chain.events, chain.hashes, 4).intact()).isTrue();
    }

    @Test
    void a_visit_known_only_to_its_hashes_or_the_checkpoint_is_missing() {
        Chain chain = new Chain(2);
        assertBreak(chain.walk(null, List.of(), chain.hashes, 1), 0, LinkProblem.VISIT_MISSING);
        assertBreak(chain.walk(new ChainHead(VISIT, 1, chain.hashes.get(1)), List.of(), List.of(), -1), 0,
                LinkProblem.VISIT_MISSING);
    }

    private static void assertBreak(ChainResult result, long sequence, LinkProblem problem) {
        assertThat(result.intact()).isFalse();
        assertThat(result.head()).isNull();
        assertThat(result.firstBrokenLink().problem()).as(result.firstBrokenLink().detail()).isEqualTo(problem);
        assertThat(result.firstBrokenLink().sequence()).isEqualTo(sequence);
    }

    private static StoredEvent event(long sequence, long globalIndex) {
        return new StoredEvent(globalIndex, VISIT, sequence, "id-" + sequence, "Visit", "T", "1",
                "2026-01-01T00:00:00Z", meta(), payload(sequence));
    }

    private static byte[] meta() {
        return "{\"actor\":\"a\"}".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] payload(long n) {
        return ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** A visit's events with global indexes 10, 20, … and their hashes as the event store records them. */
    private static final class Chain {

        final List<StoredEvent> events = new ArrayList<>();
        final List<byte[]> hashes = new ArrayList<>();

        Chain(int length) {
            byte[] previous = ChainHash.genesis();
            for (int i = 0; i < length; i++) {
                StoredEvent event = event(i, (i + 1) * 10L);
                previous = ChainHash.link(event, previous);
                events.add(event);
                hashes.add(previous);
            }
        }

        /** Walks {@code events}, each with the hash at its sequence in {@code recorded} (if any). */
        ChainResult walk(ChainHead checkpointHead, List<StoredEvent> events, List<byte[]> recorded,
                         long lastRecorded) {
            ChainWalk walk = new ChainWalk(VISIT, checkpointHead);
            for (StoredEvent event : events) {
                int at = (int) event.sequenceNumber();
                walk.feed(event, at < recorded.size() ? recorded.get(at) : null);
            }
            return walk.finish(lastRecorded, 7L);
        }
    }
}
