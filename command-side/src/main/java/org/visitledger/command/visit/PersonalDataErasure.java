package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.visitledger.events.PersonalDataErased;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Erasure of a visit's personal data (rule ERASURE-CRYPTO-SHREDDING): at any stage, even once closed, since a data
 * subject's request does not wait for the visit. The event store destroys the visit's keys with this event, in its
 * transaction; the history keeps the event, so that the erasure is as attributable as any other act.
 */
final class PersonalDataErasure extends VisitArea {

    PersonalDataErasure(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(ErasePersonalData command) {
        apply(new PersonalDataErased(visit.id(), command.reason(),
                visit.occurredAt(null, visit.progress().lastMilestoneAt())));
        return CommandOutcome.of(null);
    }
}
