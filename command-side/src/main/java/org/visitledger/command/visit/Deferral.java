package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.DeferralGranted;
import org.visitledger.events.DeferralRefused;
import org.visitledger.events.DeferralRequested;

import java.time.Instant;
import java.time.LocalTime;

/** The provider's deferral request and the duty desk's decision (seed 004, "Deferral"). */
final class Deferral {

    /** seed 004: requests received after 16:30 on the day of notification are not normally considered. */
    static final LocalTime LATE_AFTER = LocalTime.of(16, 30);

    /** When the request waiting for a decision was made; null when none is waiting. */
    private Instant pendingSince;

    void requireNonePending(VisitProgress progress) {
        if (pendingSince != null) {
            throw progress.refused(Refusal.DEFERRAL_ALREADY_REQUESTED,
                    "a deferral request is already waiting for the duty desk's decision");
        }
    }

    Instant requirePending(VisitProgress progress) {
        if (pendingSince == null) {
            throw progress.refused(Refusal.NO_DEFERRAL_REQUESTED, "the duty desk decides a deferral the provider "
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
