package org.visitledger.query.writing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.query.replay.ReadSide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read models' writes are held until their batch commits and then sent as JDBC batches; the rows must end
 * exactly as if every statement had run at once, in the order given.
 */
class BatchWriterTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String INSERT = "INSERT INTO counter (visit_id, n) VALUES (?, 1)";
    private static final String TIMES_TEN = "UPDATE counter SET n = n * 10 WHERE visit_id = ?";
    /** Adds to n and counts its runs: merged, the increments add up and it runs once. */
    private static final String ADD = "UPDATE counter SET n = n + ?, runs = runs + 1 WHERE visit_id = ?";

    private JdbcTemplate jdbc;
    private BatchWriter writer;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:batch-writer-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE counter (visit_id VARCHAR(10) PRIMARY KEY, n INT NOT NULL, runs INT DEFAULT 0 NOT NULL)");
        writer = new BatchWriter(jdbc, "test");
    }

    @Test
    void a_visits_statements_run_in_the_order_given_even_after_an_equal_statement_of_another_visit() {
        jdbc.update(INSERT, "B");
        inOneBatch(() -> {
            // The update's SQL is queued first (for B): run by SQL alone, A's update would precede A's insert.
            writer.update("B", TIMES_TEN, "B");
            writer.update("A", INSERT, "A");
            writer.update("A", TIMES_TEN, "A");
            writer.update("A", TIMES_TEN, "A");
        });

        assertThat(counters()).containsExactlyInAnyOrderEntriesOf(Map.of("A", 100, "B", 10));
    }

    @Test
    void nothing_is_written_before_the_batch_commits_and_nothing_at_all_if_it_rolls_back() {
        List<Map<String, Integer>> seenInTheBatch = new ArrayList<>();
        inOneBatch(() -> {
            writer.update("A", INSERT, "A");
            seenInTheBatch.add(counters());
        });
        assertThat(seenInTheBatch).containsExactly(Map.of());
        assertThat(counters()).isEqualTo(Map.of("A", 1));

        assertThatThrownBy(() -> inOneBatch(() -> {
            writer.update("B", INSERT, "B");
            throw new IllegalStateException("a handler fails");
        })).hasMessageContaining("a handler fails");
        assertThat(counters()).isEqualTo(Map.of("A", 1));
    }

    @Test
    void a_failing_statement_fails_the_batch() {
        assertThatThrownBy(() -> inOneBatch(() -> {
            writer.update("A", INSERT, "A");
            writer.update("A", INSERT, "A");
        })).hasMessageContaining("counter");
    }

    @Test
    void a_visits_merging_statements_queued_one_after_the_other_run_once_with_the_merged_arguments() {
        jdbc.update(INSERT, "A");
        jdbc.update(INSERT, "B");
        inOneBatch(() -> {
            writer.updateMerging("A", ADD, BatchWriterTest::sumOfIncrements, 2, "A");
            // Another visit's statements in between do not separate A's.
            writer.updateMerging("B", ADD, BatchWriterTest::sumOfIncrements, 5, "B");
            writer.update("B", TIMES_TEN, "B");
            writer.updateMerging("A", ADD, BatchWriterTest::sumOfIncrements, 3, "A");
            writer.updateMerging("A", ADD, BatchWriterTest::sumOfIncrements, 4, "A");
        });

        assertThat(counters()).isEqualTo(Map.of("A", 10, "B", 60));
        assertThat(runs()).isEqualTo(Map.of("A", 1, "B", 1));
    }

    @Test
    void another_statement_of_the_visit_in_between_keeps_merging_statements_apart_and_in_order() {
        jdbc.update(INSERT, "A");
        inOneBatch(() -> {
            writer.updateMerging("A", ADD, BatchWriterTest::sumOfIncrements, 2, "A");
            writer.update("A", TIMES_TEN, "A");
            writer.updateMerging("A", ADD, BatchWriterTest::sumOfIncrements, 3, "A");
            // The same SQL queued without a merge is never merged into.
            writer.update("A", ADD, 4, "A");
            writer.updateMerging("A", ADD, BatchWriterTest::sumOfIncrements, 5, "A");
        });

        assertThat(counters()).isEqualTo(Map.of("A", (1 + 2) * 10 + 3 + 4 + 5));
        assertThat(runs()).isEqualTo(Map.of("A", 4));
    }

    private static Object[] sumOfIncrements(Object[] earlier, Object[] later) {
        return new Object[] {(Integer) earlier[0] + (Integer) later[0], later[1]};
    }

    @Test
    void outside_a_unit_of_work_a_statement_runs_at_once() {
        writer.update("A", INSERT, "A");

        assertThat(counters()).isEqualTo(Map.of("A", 1));
    }

    @Test
    void the_events_of_every_recorded_visit_interleaved_in_one_batch_leave_the_rows_each_visit_leaves_alone() {
        List<List<DomainEventMessage<?>>> streams = new ArrayList<>();
        for (RecordedStory story : RecordedStory.values()) {
            streams.add(new ArrayList<>(story.read().messages()));
        }
        List<EventMessage<?>> interleaved = new ArrayList<>();
        while (streams.stream().anyMatch(s -> !s.isEmpty())) {
            for (List<DomainEventMessage<?>> stream : streams) {
                if (!stream.isEmpty()) {
                    interleaved.add(stream.remove(0));
                }
            }
        }
        try (ReadSide alone = ReadSide.fresh(); ReadSide together = ReadSide.fresh()) {
            for (RecordedStory story : RecordedStory.values()) {
                alone.deliverInOneBatch(story.read().messages());
            }
            together.deliverInOneBatch(interleaved);

            assertThat(together.tableContents()).isEqualTo(alone.tableContents());
        }
    }

    /** The handlers in one unit of work, as a processor's batch (the statements auto-commit when run). */
    private void inOneBatch(Runnable handlers) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                List.of(GenericEventMessage.asEventMessage("event")));
        var result = batch.executeWithResult(() -> {
            handlers.run();
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
    }

    private Map<String, Integer> runs() {
        Map<String, Integer> runs = new TreeMap<>();
        jdbc.query("SELECT visit_id, runs FROM counter", row -> {
            runs.put(row.getString(1), row.getInt(2));
        });
        return runs;
    }

    private Map<String, Integer> counters() {
        Map<String, Integer> counters = new TreeMap<>();
        jdbc.query("SELECT visit_id, n FROM counter", row -> {
            counters.put(row.getString(1), row.getInt(2));
        });
        return counters;
    }
}
