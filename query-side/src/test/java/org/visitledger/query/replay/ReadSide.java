package org.visitledger.query.replay;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.analytics.TimelinessAnalytics;
import org.visitledger.query.consistency.VisitVersionTracker;
import org.visitledger.query.deadlines.DeadlineBoard;
import org.visitledger.query.deadlines.DeadlineDashboardProjection;
import org.visitledger.query.grades.GradeProfileProjection;
import org.visitledger.query.grades.GradeProfiles;
import org.visitledger.query.deadlines.DeadlineFilter;
import org.visitledger.query.deadlines.DeadlineView;
import org.visitledger.query.notifications.NotificationLog;
import org.visitledger.query.notifications.NotificationLogProjection;
import org.visitledger.query.notifications.NotificationView;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.readmodel.ReadModelProjection;
import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.query.summary.VisitSummaries;
import org.visitledger.query.summary.VisitSummaryProjection;
import org.visitledger.testing.PostgresTestSchema;
import org.visitledger.testing.PostgresTestServer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The query side's read models, filled as their event processors fill them but without Spring or a running
 * processor: a fresh in-memory H2 database migrated by the query side's own Flyway scripts, the real projections
 * and version trackers each behind Axon's {@link AnnotationEventHandlerAdapter} (so that Axon chooses the handler
 * and resolves parameters such as {@code @SequenceNumber}), and the real readers with "now" fixed.
 * In the build's PostgreSQL run ({@link PostgresTestServer}) the database is instead a fresh schema of the
 * PostgreSQL test server, dropped by {@link #close()}.
 */
public final class ReadSide implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private final Runnable onClose;

    private ReadSide(JdbcTemplate jdbc, Runnable onClose) {
        this.jdbc = jdbc;
        this.onClose = onClose;
        List<ReadModelProjection> projections = List.of(new VisitSummaryProjection(jdbc),
                new DeadlineDashboardProjection(jdbc), new NotificationLogProjection(jdbc),
                new GradeProfileProjection(jdbc));
        this.tables = new ReadModelTables(projections);
        // Each read model with its version tracker, as VersionTrackingConfiguration registers them.
        this.handlers = Stream.concat(projections.stream(), tables.readModels().stream()
                        .map(readModel -> new VisitVersionTracker(jdbc, readModel)))
                .map(AnnotationEventHandlerAdapter::new)
                .toList();
    }

    /** The read models, as their projections declare them, and which tables readers use now. */
    public ReadModelTables tables() {
        return tables;
    }

    /** A new, empty database of its own: H2, or a PostgreSQL schema in the PostgreSQL run. */
    public static ReadSide fresh() {
        return PostgresTestServer.selected() ? onPostgresql(PostgresTestServer.required()) : onH2();
    }

    /** In memory (the application's H2 URL sets no compatibility mode either). */
    private static ReadSide onH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:read-side-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        migrate(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new ReadSide(jdbc, () -> jdbc.execute("SHUTDOWN"));
    }

    /**
     * Over one connection kept open (a connection per statement would cost more than the statements). Flyway gets
     * connections of its own, since it sets their state as it goes.
     */
    private static ReadSide onPostgresql(PostgresTestServer server) {
        PostgresTestSchema schema = PostgresTestSchema.create(server, "read");
        try {
            migrate(new DriverManagerDataSource(schema.url(), server.user(), server.password()));
            SingleConnectionDataSource dataSource =
                    new SingleConnectionDataSource(schema.url(), server.user(), server.password(), true);
            return new ReadSide(new JdbcTemplate(dataSource), () -> {
                dataSource.destroy();
                schema.close();
            });
        } catch (RuntimeException e) {
            schema.close();
            throw e;
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
    }

    /**
     * Every event of each stream, in order, to every projection and tracker that handles it; each stream in one
     * batch, as a processor that finds the whole stream waiting applies it.
     */
    public ReadSide deliver(RecordedStream... streams) {
        for (RecordedStream stream : streams) {
            deliverInOneBatch(stream.messages());
        }
        return this;
    }

    /** One event in a batch of its own, as a processor applies an event that arrives alone. */
    public void deliver(EventMessage<?> message) {
        deliverInOneBatch(List.of(message));
    }

    /**
     * The events in one unit of work, committed at the end, as a pooled processor applies a batch: what the handlers
     * leave to the commit (the version trackers' writes) happens then.
     */
    public void deliverInOneBatch(List<? extends EventMessage<?>> messages) {
        if (messages.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(messages));
        ResultMessage<Object> result = batch.executeWithResult(() -> {
            EventMessage<?> message = batch.getMessage();
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(message)) {
                    handler.handle(message);
                }
            }
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("handling a batch of " + messages.size() + " events failed",
                    result.exceptionResult());
        }
    }

    /** What a replay does first: every projection's and tracker's {@code @ResetHandler}. */
    public void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    public GradeProfiles gradeProfiles() {
        return new GradeProfiles(jdbc, tables);
    }

    public VisitSummaries summaries() {
        return new VisitSummaries(jdbc, tables);
    }

    public DeadlineBoard deadlineBoard(Instant now) {
        return new DeadlineBoard(jdbc, Clock.fixed(now, ZoneOffset.UTC), CALENDAR, tables);
    }

    public NotificationLog notificationLog(Instant now) {
        return new NotificationLog(jdbc, Clock.fixed(now, ZoneOffset.UTC), tables);
    }

    public TimelinessAnalytics timeliness(Instant now) {
        return new TimelinessAnalytics(jdbc, deadlineBoard(now));
    }

    /** A visit's deadline rows, by due time, with their status at {@code now}. */
    public List<DeadlineView> deadlines(String visitId, Instant now) {
        return deadlineBoard(now).find(new DeadlineFilter(visitId, null, null, null, null, null, null), ALL).items();
    }

    /** A visit's notification log, by due time, with each status at {@code now}. */
    public List<NotificationView> notifications(String visitId, Instant now) {
        return notificationLog(now).find(visitId, null, null, ALL).items();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Every row of every table the migrations created (Flyway's own history aside), in a stable order. */
    public Map<String, List<Map<String, Object>>> tableContents() {
        Map<String, List<Map<String, Object>>> contents = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema "
                + "= CURRENT_SCHEMA AND table_type = 'BASE TABLE' AND LOWER(table_name) <> 'flyway_schema_history'",
                String.class)) {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table).stream()
                    .sorted(Comparator.comparing(Object::toString))
                    .toList();
            contents.put(table, rows);
        }
        return contents;
    }

    /** Drops the database (H2) or the schema (PostgreSQL). */
    @Override
    public void close() {
        onClose.run();
    }
}
