package org.visitledger.lifecycle;

import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a visit stands, folded from its events: what {@link NextActions} needs to say which commands its state
 * allows. It reads the same facts the {@code Visit} aggregate's guards read (status, open items, the milestones a
 * command waits for), from the events both sides can read; {@code NextActionsTest} checks that
 * every command of the recorded visit stories was offered in the position before it.
 */
public final class VisitPosition {

    /** Concern categories that let an interim visit be converted (rule NFD-CONVERSION). */
    private static final Set<ConcernCategory> SIGNIFICANT =
            Set.of(ConcernCategory.SAFEGUARDING, ConcernCategory.LEADERSHIP_BREAKDOWN);

    private String visitId;
    private VisitType visitType;
    private String rulebookVersion;
    private String status;
    private String pausedIn;
    private long version = -1;
    private LocalDate lastDayOfVisit;
    private boolean annexARequested;
    private boolean annexAReturned;
    private boolean factualAccuracyChecked;
    private boolean pauseAdvised;
    private boolean deferralPending;
    private Instant caseReviewRequiredAt;
    private boolean debriefHeld;
    private boolean caseReviewDecided;
    private Instant significantConcernAt;
    private Instant dutyDeskConsultedAt;
    private Instant providerCommentsDueAt;
    private boolean caseListProvided;
    private boolean shortfallJustified;
    private final Map<SamplingStage, Map<CaseKind, Integer>> selected = new EnumMap<>(SamplingStage.class);
    private final Set<String> graded = new HashSet<>();
    private final Set<String> outstandingRequests = new LinkedHashSet<>();
    private final Set<String> openComplaints = new LinkedHashSet<>();
    private final Set<String> unresolvedProviderConcerns = new LinkedHashSet<>();
    private final Map<String, Notification> notifications = new LinkedHashMap<>();

    /** A required notification as the rules read it. */
    record Notification(NotificationChannel channel, String purpose, boolean sent, boolean cancelled,
                        boolean confirmed) {

        Notification markedSent() {
            return new Notification(channel, purpose, true, cancelled, confirmed);
        }
    }

    /** Folds one event, the next of the visit's stream ({@code sequence} its sequence number). */
    public VisitPosition apply(Object event, long sequence) {
        version = sequence;
        LifecycleStatus.after(event).ifPresent(this::reached);
        if (event instanceof VisitAnnounced announced) {
            visitId = announced.visitId();
            visitType = announced.visitType();
            rulebookVersion = announced.rulebookVersion();
        } else if (event instanceof VisitPaused) {
            pauseAdvised = false;
        } else if (event instanceof VisitResumed) {
            status = pausedIn;
        } else if (event instanceof VisitEnded ended) {
            lastDayOfVisit = ended.lastDayOfVisit();
        } else if (event instanceof PauseAdvised) {
            pauseAdvised = true;
        } else {
            applyInformation(event);
            applyConcerns(event);
            applyNotifications(event);
            applyLocalAuthorityInspection(event);
        }
        return this;
    }

    private void reached(String newStatus) {
        if ("PAUSED".equals(newStatus)) {
            pausedIn = status;
        }
        status = newStatus;
    }

    private void applyInformation(Object event) {
        if (event instanceof AnnexARequested) {
            annexARequested = true;
        } else if (event instanceof AnnexAReturned) {
            annexAReturned = true;
        } else if (event instanceof FurtherInformationRequested requested) {
            outstandingRequests.add(requested.requestId());
        } else if (event instanceof FurtherInformationReceived received) {
            outstandingRequests.remove(received.requestId());
        } else if (event instanceof FactualAccuracyChecked) {
            factualAccuracyChecked = true;
        } else if (event instanceof DeferralRequested) {
            deferralPending = true;
        } else if (event instanceof DeferralGranted || event instanceof DeferralRefused) {
            deferralPending = false;
        } else if (event instanceof DeadlineScheduled scheduled) {
            if (scheduled.code() == DeadlineCode.CASE_REVIEW) {
                caseReviewRequiredAt = scheduled.occurredAt();
            } else if (scheduled.code() == DeadlineCode.PROVIDER_COMMENTS) {
                providerCommentsDueAt = scheduled.dueAt();
            }
        }
    }

    private void applyConcerns(Object event) {
        if (event instanceof ConcernRaised raised && SIGNIFICANT.contains(raised.category())) {
            significantConcernAt = latest(significantConcernAt, raised.occurredAt());
        } else if (event instanceof DutyDeskConsulted consulted) {
            dutyDeskConsultedAt = latest(dutyDeskConsultedAt, consulted.occurredAt());
        } else if (event instanceof SeriousConcernsFindingRevised revised && !revised.seriousOrWidespreadConcerns()) {
            caseReviewRequiredAt = null;
        } else if (event instanceof PostVisitDebriefHeld) {
            debriefHeld = true;
        } else if (event instanceof CaseReviewDecided) {
            caseReviewDecided = true;
        } else if (event instanceof ProviderConcernRecorded recorded && !recorded.resolved()) {
            unresolvedProviderConcerns.add(recorded.providerConcernId());
        } else if (event instanceof ProviderConcernEscalated escalated) {
            unresolvedProviderConcerns.remove(escalated.providerConcernId());
        } else if (event instanceof FormalComplaintLodged lodged) {
            openComplaints.add(lodged.complaintId());
        } else if (event instanceof FormalComplaintResolved resolved) {
            openComplaints.remove(resolved.complaintId());
        }
    }

    private void applyNotifications(Object event) {
        if (event instanceof NotificationRequired required) {
            notifications.put(required.notificationId(),
                    new Notification(required.channel(), required.purpose(), false, false, false));
        } else if (event instanceof NotificationSent sent) {
            notifications.computeIfPresent(sent.notificationId(), (id, n) -> n.markedSent());
        } else if (event instanceof NotificationCancelled cancelled) {
            notifications.computeIfPresent(cancelled.notificationId(),
                    (id, n) -> new Notification(n.channel(), n.purpose(), n.sent(), true, n.confirmed()));
        } else if (event instanceof NotificationReceiptConfirmed confirmed) {
            notifications.computeIfPresent(confirmed.notificationId(),
                    (id, n) -> new Notification(n.channel(), n.purpose(), n.sent(), n.cancelled(), true));
        }
    }

    private void applyLocalAuthorityInspection(Object event) {
        if (event instanceof CaseListProvided) {
            caseListProvided = true;
        } else if (event instanceof CasesSelected cases) {
            // A justification describes the sample as it stood: more cases call for a new one if still short.
            shortfallJustified = false;
            Map<CaseKind, Integer> counts = selected.computeIfAbsent(cases.stage(), stage -> new EnumMap<>(CaseKind.class));
            cases.cases().forEach(sampled -> counts.merge(sampled.kind(), 1, Integer::sum));
        } else if (event instanceof SampleShortfallJustified) {
            shortfallJustified = true;
        } else if (event instanceof JudgementRecorded judgement) {
            graded.add(judgement.element() + "/" + judgement.area());
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    public String visitId() {
        return visitId;
    }

    public VisitType visitType() {
        return visitType;
    }

    public String rulebookVersion() {
        return rulebookVersion;
    }

    /** The lifecycle status (rule VISIT-LIFECYCLE), as the summary and the time travel name it. */
    public String status() {
        return status;
    }

    /** The sequence number of the last event folded. */
    public long version() {
        return version;
    }

    LocalDate lastDayOfVisit() {
        return lastDayOfVisit;
    }

    boolean annexAOutstanding() {
        return annexARequested && !annexAReturned;
    }

    boolean annexAReturned() {
        return annexAReturned;
    }

    boolean factualAccuracyChecked() {
        return factualAccuracyChecked;
    }

    boolean pauseAdvised() {
        return pauseAdvised;
    }

    boolean deferralPending() {
        return deferralPending;
    }

    boolean debriefPending() {
        return caseReviewRequiredAt != null && !debriefHeld;
    }

    boolean caseReviewPending() {
        return caseReviewRequiredAt != null && debriefHeld && !caseReviewDecided;
    }

    /** Rule NFD-CONVERSION: a significant concern, and the duty desk called about it since. */
    boolean dutyDeskConsultedOnSignificantConcern() {
        return significantConcernAt != null && dutyDeskConsultedAt != null
                && !dutyDeskConsultedAt.isBefore(significantConcernAt);
    }

    Instant providerCommentsDueAt() {
        return providerCommentsDueAt;
    }

    boolean caseListProvided() {
        return caseListProvided;
    }

    boolean shortfallJustified() {
        return shortfallJustified;
    }

    Map<SamplingStage, Map<CaseKind, Integer>> selectedCases() {
        return selected;
    }

    boolean graded(InspectionElement element, JudgementArea area) {
        return graded.contains(element + "/" + area);
    }

    Set<String> outstandingRequests() {
        return outstandingRequests;
    }

    Set<String> openComplaints() {
        return openComplaints;
    }

    Set<String> unresolvedProviderConcerns() {
        return unresolvedProviderConcerns;
    }

    Map<String, Notification> notifications() {
        return notifications;
    }

    boolean revisedJudgementUntold() {
        return notifications.values().stream()
                .anyMatch(n -> n.purpose().equals(NotificationPurposes.REVISED_JUDGEMENT) && !n.sent());
    }
}
