package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Concerns about children's safety and what follows serious or widespread ones (visit-process.md, "Concerns and
 * case review"): the escalation (case review and local-authority deadlines, notifications), the post-visit
 * debrief, the case review and the monitoring visit it may decide.
 */
final class SeriousConcerns {

    private static final Set<ConcernCategory> SERIOUS_OR_WIDESPREAD =
            EnumSet.of(ConcernCategory.SERIOUS, ConcernCategory.WIDESPREAD);
    /** seed 002: the interim visits' "significant concerns". */
    private static final Set<ConcernCategory> SIGNIFICANT =
            EnumSet.of(ConcernCategory.SAFEGUARDING, ConcernCategory.LEADERSHIP_BREAKDOWN);

    private int raised;
    private boolean seriousOrWidespreadRaised;
    private Instant escalatedAt;
    private Instant debriefAt;
    private Instant caseReviewDecidedAt;
    private boolean monitoringVisitDecided;
    private boolean monitoringVisitCommissioned;
    private Instant significantConcernAt;
    private Instant dutyDeskConsultedAt;

    static boolean seriousOrWidespread(ConcernCategory category) {
        return SERIOUS_OR_WIDESPREAD.contains(category);
    }

    String nextId() {
        return "CON-" + (raised + 1);
    }

    boolean seriousOrWidespreadRaised() {
        return seriousOrWidespreadRaised;
    }

    boolean escalated() {
        return escalatedAt != null;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    Instant debriefAt() {
        return debriefAt;
    }

    void requireCaseReviewRequired(VisitProgress progress) {
        if (escalatedAt == null) {
            throw progress.refused(Refusal.NO_CASE_REVIEW_REQUIRED, "a debrief and a case review follow a visit that "
                    + "ended with serious or widespread concerns under a rulebook that has them");
        }
    }

    void requireDebriefPending(VisitProgress progress) {
        requireCaseReviewRequired(progress);
        if (debriefAt != null) {
            throw progress.refused(Refusal.DEBRIEF_ALREADY_HELD, "the post-visit debrief was already held");
        }
    }

    void requireCaseReviewPending(VisitProgress progress) {
        requireCaseReviewRequired(progress);
        if (caseReviewDecidedAt != null) {
            throw progress.refused(Refusal.CASE_REVIEW_ALREADY_DECIDED, "the case review was already decided");
        }
        if (debriefAt == null) {
            throw progress.refused(Refusal.DEBRIEF_NOT_HELD,
                    "the case review considers the post-visit debrief's recommendation; hold the debrief first");
        }
    }

    /** The moment of the case review that decided the monitoring visit: the commissioning may not precede it. */
    Instant requireMonitoringVisitToCommission(VisitProgress progress) {
        if (!monitoringVisitDecided) {
            throw progress.refused(Refusal.NO_MONITORING_VISIT_DECIDED,
                    "a MONITORING visit follows a visit whose case review decided one");
        }
        if (monitoringVisitCommissioned) {
            throw progress.refused(Refusal.MONITORING_VISIT_ALREADY_ANNOUNCED,
                    "the monitoring visit the case review decided was already announced");
        }
        return caseReviewDecidedAt;
    }

    /**
     * seed 002: HMI must call the duty desk to discuss a significant concern before the regional director decides
     * on conversion. Answers the time of that call.
     */
    Instant requireDutyDeskConsultedOnSignificantConcern(VisitProgress progress) {
        if (significantConcernAt == null) {
            throw progress.refused(Refusal.NO_SIGNIFICANT_CONCERN, "an interim visit is converted only for a "
                    + "significant concern (SAFEGUARDING or LEADERSHIP_BREAKDOWN); raise it first");
        }
        if (dutyDeskConsultedAt == null || dutyDeskConsultedAt.isBefore(significantConcernAt)) {
            throw progress.refused(Refusal.DUTY_DESK_NOT_CONSULTED, "the duty desk is called about the significant "
                    + "concern before the regional director decides; record the call first");
        }
        return dutyDeskConsultedAt;
    }

    /** visit-process.md: one or more decisions; "no further action" cannot stand beside an action. */
    static void validate(List<CaseReviewDecision> decisions) {
        if (decisions.isEmpty()) {
            throw new InvalidCommandException("decisions", "a case review decides at least one of "
                    + List.of(CaseReviewDecision.values()));
        }
        if (Set.copyOf(decisions).size() != decisions.size()) {
            throw new InvalidCommandException("decisions", "each decision is listed once");
        }
        if (decisions.contains(CaseReviewDecision.NO_FURTHER_ACTION) && decisions.size() > 1) {
            throw new InvalidCommandException("decisions", "NO_FURTHER_ACTION cannot be decided together with "
                    + "an action");
        }
    }

    @EventSourcingHandler
    void on(ConcernRaised event) {
        raised++;
        seriousOrWidespreadRaised |= seriousOrWidespread(event.category());
        if (SIGNIFICANT.contains(event.category())) {
            significantConcernAt = latest(significantConcernAt, event.occurredAt());
        }
    }

    @EventSourcingHandler
    void on(DutyDeskConsulted event) {
        dutyDeskConsultedAt = latest(dutyDeskConsultedAt, event.occurredAt());
    }

    /**
     * Concerns and calls may be recorded after the fact, back-dated, so the stream is not in the order they happened:
     * the conversion rule compares the latest concern with the latest call, not the last ones recorded.
     */
    private static Instant latest(Instant known, Instant occurredAt) {
        return known == null || occurredAt.isAfter(known) ? occurredAt : known;
    }

    @EventSourcingHandler
    void on(DeadlineScheduled event) {
        if (event.code() == DeadlineCode.CASE_REVIEW) {
            escalatedAt = event.occurredAt();
        }
    }

    @EventSourcingHandler
    void on(PostVisitDebriefHeld event) {
        debriefAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(CaseReviewDecided event) {
        caseReviewDecidedAt = event.occurredAt();
        monitoringVisitDecided = event.decisions().contains(CaseReviewDecision.MONITORING_VISIT);
    }

    @EventSourcingHandler
    void on(MonitoringVisitCommissioned event) {
        monitoringVisitCommissioned = true;
    }
}
