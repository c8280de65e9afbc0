package org.visitledger.command.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.visitledger.command.visit.AnnounceVisit;

/**
 * A process that creates a visit may run again for the same event (its processor retries a batch that failed
 * after the command had been handled, e.g. when the command side runs apart from the process): the visit then
 * already exists under the id the event named, which is the outcome wanted, not an error to retry for ever.
 */
final class VisitCreation {

    private VisitCreation() {
    }

    static void announceOnce(CommandGateway commands, AnnounceVisit announcement) {
        try {
            commands.sendAndWait(announcement);
        } catch (AggregateStreamCreationException alreadyCreated) {
            // Created by an earlier run of this handler.
        }
    }
}
