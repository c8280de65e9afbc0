package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.visitledger.command.web.VisitMetadata;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.events.stream.RecordedStream;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Drives one visit through a story on the real Visit aggregate in an AggregateTestFixture, with the fixture's
 * simulated time: each act is sent at the fixture's current time, and moving the time on fires, in order, the
 * deadlines that fall due on the way, so that misses and the end of the complaint window are recorded by the
 * aggregate's own deadline handler. What the fixture's event store then holds is the visit's recorded stream.
 */
final class StoryRecorder {

    private final String visitId;
    private final FixtureConfiguration<Visit> configuration = VisitFixtures.fixture();
    private final TestExecutor<Visit> fixture;
    private int commandsSent;

    StoryRecorder(String visitId, Instant start) {
        this.visitId = visitId;
        // As in the application: who acted and in which exchange go from the command onto every event it records.
        configuration.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(new VisitMetadata()));
        this.fixture = configuration.givenCurrentTime(start);
    }

    /** Moves the fixture's time on to {@code time}; the deadlines due by then fire, each at its due time. */
    StoryRecorder at(Instant time) {
        // The fixture handles commands on a clock fixed at its current time, but fires deadlines on the real
        // clock; let them be recorded at the simulated time instead, which the stub deadline manager sets to each
        // deadline's due time before firing it (as the deadline manager would wake the visit then).
        Clock previous = GenericEventMessage.clock;
        GenericEventMessage.clock = new FixtureTime();
        try {
            fixture.whenTimeAdvancesTo(time);
        } finally {
            GenericEventMessage.clock = previous;
        }
        return this;
    }

    /** {@code actor} sends {@code command} now; it must succeed. */
    StoryRecorder send(String actor, Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(EventMetadataKeys.ACTOR, actor)
                        .and(EventMetadataKeys.CORRELATION_ID, visitId + "/" + ++commandsSent));
        fixture.andGivenCommands(message);
        return this;
    }

    /** The payloads recorded so far, in order: given events for a fixture test of what comes next. */
    List<Object> events() {
        return configuration.getEventStore().readEvents(visitId).asStream().map(message -> (Object) message.getPayload())
                .toList();
    }

    /** Everything recorded for the visit, read back from the fixture's event store. */
    RecordedStream recorded() {
        return RecordedStream.of(configuration.getEventStore().readEvents(visitId).asStream().toList());
    }

    /** The fixture's current time as a clock. */
    private final class FixtureTime extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the fixture's time has no zone");
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
