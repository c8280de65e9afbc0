package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.events.DeferralGranted;
import org.visitledger.events.DeferralRefused;
import org.visitledger.events.DeferralRequested;

import java.time.Instant;
import java.time.LocalTime;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The provider's deferral request and the duty desk's decision (rules DEFERRAL-REQUEST, DEFERRAL-DECISION). */
final class Deferral extends VisitArea {

    /** Rule DEFERRAL-CUTOFF (seed 004): requests after 16:30 on the day of notification are not normally considered. */
    static final LocalTime LATE_AFTER = LocalTime.of(16, 30);

    /** When the request waiting for a decision was made; null when none is waiting. */
    private Instant pendingSince;

    Deferral(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RequestDeferral command, VisitRules rules) {
        WorkingDayCalendar calendar = rules.calendar();
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requireNotStarted();
        requireNonePending();
        boolean late = at.isAfter(calendar.at(calendar.dayOf(visit.announcedAt()), LATE_AFTER));
        apply(new DeferralRequested(visit.id(), command.reason(), late, at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(DecideDeferral command, VisitRules rules) {
        visit.progress().requireNotStarted();
        Instant requestedAt = requirePending();
        Instant at = visit.occurredAt(command.occurredAt(), requestedAt);
        if (command.granted()) {
            apply(new DeferralGranted(visit.id(), command.reason(), at));
            visit.endBySideExit("visit deferred", at, rules);
        } else {
            apply(new DeferralRefused(visit.id(), command.reason(), at));
        }
        return CommandOutcome.of(null);
    }

    private void requireNonePending() {
        if (pendingSince != null) {
            throw visit.refused(Refusal.DEFERRAL_ALREADY_REQUESTED,
                    "a deferral request is already waiting for the duty desk's decision");
        }
    }

    private Instant requirePending() {
        if (pendingSince == null) {
            throw visit.refused(Refusal.NO_DEFERRAL_REQUESTED, "the duty desk decides a deferral the provider "
                    + "has requested; no request is waiting");
        }
        return pendingSince;
    }

    @EventSourcingHandler
    void on(DeferralRequested event) {
        pendingSince = event.occurredAt();
    }

    @EventSourcingHandler
    void on(DeferralGranted event) {
        pendingSince = null;
    }

    @EventSourcingHandler
    void on(DeferralRefused event) {
        pendingSince = null;
    }
}
