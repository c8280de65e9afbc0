package org.visitledger.command.visit;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;

/**
 * "Now" for the aggregate's decisions: the clock Axon stamps recorded events with, so that a decision
 * and the recorded time of its events agree, and so that test fixtures can simulate time.
 */
final class VisitClock {

    private VisitClock() {
    }

    static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
