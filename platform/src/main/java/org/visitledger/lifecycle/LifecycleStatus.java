package org.visitledger.lifecycle;

import org.visitledger.events.*;

import java.util.Map;
import java.util.Optional;

/** The status a visit reaches with each lifecycle event (rule VISIT-LIFECYCLE). */
public final class LifecycleStatus {

    private static final Map<Class<?>, String> STATUS_AFTER = Map.ofEntries(
            Map.entry(VisitAnnounced.class, "ANNOUNCED"),
            Map.entry(InspectorsArrivedOnSite.class, "ON_SITE"),
            Map.entry(VisitEnded.class, "VISIT_ENDED"),
            Map.entry(ReportSubmittedForQa.class, "IN_QA"),
            Map.entry(DraftReportSent.class, "DRAFT_SENT"),
            Map.entry(ProviderCommentsReceived.class, "COMMENTS_RECEIVED"),
            Map.entry(FinalReportSent.class, "FINAL_SENT"),
            Map.entry(ReportPublished.class, "PUBLISHED"),
            Map.entry(VisitClosed.class, "CLOSED"),
            Map.entry(VisitWithdrawn.class, "WITHDRAWN"),
            Map.entry(DeferralGranted.class, "DEFERRED"),
            Map.entry(VisitPaused.class, "PAUSED"),
            Map.entry(VisitEndedIncomplete.class, "INCOMPLETE"),
            Map.entry(VisitConvertedToSection8.class, "CONVERTED"));

    private LifecycleStatus() {
    }

    /**
     * The status after this event, or empty if the event does not change it. {@code VisitResumed} is not here:
     * it restores the status the visit was paused in, which the reader keeps.
     */
    public static Optional<String> after(Object event) {
        return afterEventOfType(event.getClass());
    }

    /** As {@link #after}, from the event's type alone: the status never depends on the event's fields. */
    public static Optional<String> afterEventOfType(Class<?> eventType) {
        return Optional.ofNullable(STATUS_AFTER.get(eventType));
    }
}
