package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.rulebook.DeadlineRule;
import org.visitledger.rulebook.DeadlineTrigger;
import org.visitledger.rulebook.MonitoringVisitRule;
import org.visitledger.rulebook.NotificationRule;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Concerns about children's safety (rule CONCERN-CATEGORIES) and what follows serious or widespread ones: the
 * escalation (rule CONCERN-ESCALATION: case review and local-authority deadlines, notifications), the post-visit
 * debrief and the case review (rules CASE-REVIEW-DEBRIEF, CASE-REVIEW-DECISIONS) and the monitoring visit it may
 * decide (rule MONITORING-COMMISSION).
 */
final class SeriousConcerns extends VisitArea {

    private static final Set<ConcernCategory> SERIOUS_OR_WIDESPREAD =
            EnumSet.of(ConcernCategory.SERIOUS, ConcernCategory.WIDESPREAD);

    static final String FINDING_REVISED = "serious or widespread concerns finding revised";

    private int raised;
    private boolean seriousOrWidespreadRaised;
    /** The visit's finding on serious or widespread concerns: at feedback, after it, as revised. */
    private boolean seriousFinding;
    private Instant escalatedAt;
    private Instant debriefAt;
    private Instant caseReviewDecidedAt;
    private boolean monitoringVisitDecided;
    private boolean monitoringVisitCommissioned;

    SeriousConcerns(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RaiseConcern command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.announcedAt());
        visit.progress().requireNotFinished();
        Rulebook rulebook = visit.rulebook(rules);
        if (!rulebook.concernCategories().contains(command.category())) {
            throw new InvalidCommandException("category", "a " + visit.type() + " visit under rulebook version "
                    + visit.rulebookVersion() + " takes concerns of the categories " + rulebook.concernCategories());
        }
        String concernId = "CON-" + (raised + 1);
        apply(new ConcernRaised(visit.id(), concernId, command.category(), command.summary(), command.details(), at));
        // Rule LA-RISK-OF-HARM: a significant risk of harm is told to the DCS at once, then confirmed in writing.
        visit.requireNotifications(rulebook.notificationsAtConcern(command.category()),
                rules.calendar().endOfDayOf(at), at, rules.calendar());
        // Rule CONCERN-ESCALATION: a serious concern raised after the visit ended starts the case review from that day;
        // one recorded late but raised during the visit counts from the visit's last day, never from before it.
        LocalDate lastDay = visit.progress().lastDayOfVisit();
        if (lastDay != null && seriousOrWidespread(command.category())) {
            LocalDate raisedOn = rules.calendar().dayOf(at);
            escalate(raisedOn.isBefore(lastDay) ? lastDay : raisedOn, at, rules);
        }
        return CommandOutcome.of(concernId);
    }

    @CommandHandler
    CommandOutcome handle(HoldPostVisitDebrief command) {
        requireDebriefPending();
        Instant at = visit.occurredAt(command.occurredAt(), escalatedAt);
        apply(new PostVisitDebriefHeld(visit.id(), command.recommendation(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(DecideCaseReview command, VisitRules rules) {
        requireCaseReviewPending();
        Instant at = visit.occurredAt(command.occurredAt(), debriefAt);
        validate(command.decisions());
        Rulebook rulebook = visit.rulebook(rules);
        boolean monitoringVisit = command.decisions().contains(CaseReviewDecision.MONITORING_VISIT);
        if (monitoringVisit && rulebook.monitoringVisitRule().isEmpty()) {
            throw new InvalidCommandException("decisions", "no monitoring visit follows a " + visit.type() + " visit");
        }
        WorkingDayCalendar calendar = rules.calendar();
        apply(new CaseReviewDecided(visit.id(), List.copyOf(command.decisions()), command.rationale(), at));
        visit.deadlines().meet(visit.id(), DeadlineCode.CASE_REVIEW, at);
        visit.requireNotifications(rulebook.notificationsAtCaseReview(),
                calendar.endOfWorkingDaysAfter(calendar.dayOf(at), 1), at, calendar);
        if (monitoringVisit) {
            // Rule MONITORING-VISIT-DUE: only the due time is enforced; the rule text notes when the window opens.
            MonitoringVisitRule rule = rulebook.monitoringVisitRule().orElseThrow();
            LocalDate lastDay = visit.progress().lastDayOfVisit();
            visit.deadlines().start(visit.id(), DeadlineCode.MONITORING_VISIT.name(), DeadlineCode.MONITORING_VISIT,
                    DeadlineOwner.INSPECTORATE, calendar.endOf(lastDay.plusWeeks(rule.dueWeeks())),
                    rule.rule() + " (window opens " + lastDay.plusWeeks(rule.windowOpensWeeks()) + ")", false, at,
                    rules.deadlineManager());
        }
        return CommandOutcome.of(null);
    }

    /**
     * Rule MONITORING-COMMISSION: meets this visit's MONITORING_VISIT deadline; the process creates the visit. Under
     * a rulebook with earlyRecorded, a monitoring visit announced before its window opens meets it early (rule
     * MONITORING-VISIT-EARLY).
     */
    @CommandHandler
    CommandOutcome handle(CommissionMonitoringVisit command, VisitRules rules) {
        Instant decidedAt = requireMonitoringVisitToCommission();
        Instant at = visit.occurredAt(command.occurredAt(), decidedAt);
        VisitGuards.requireWorkingDay(rules.calendar().dayOf(at), rules.calendar(), "a monitoring visit is announced");
        int length = VisitGuards.plannedLength(command.plannedLengthDays(),
                VisitGuards.rulebookFor(VisitType.MONITORING, rules.rulebooks()));
        apply(new MonitoringVisitCommissioned(visit.id(), command.monitoringVisitId(), visit.type(), visit.provider(),
                visit.placingAuthorities(), command.leadInspector(), List.copyOf(command.teamInspectors()), length,
                at));
        MonitoringVisitRule rule = visit.rulebook(rules).monitoringVisitRule().orElseThrow();
        Instant windowOpens = rule.earlyRecorded() ? rules.calendar().at(visit.progress().lastDayOfVisit()
                .plusWeeks(rule.windowOpensWeeks()), LocalTime.MIDNIGHT) : null;
        visit.deadlines().meet(visit.id(), DeadlineCode.MONITORING_VISIT.name(), at, windowOpens);
        return CommandOutcome.of(command.monitoringVisitId());
    }

    /**
     * Rule CONCERN-ESCALATION: the case review and local-authority clocks start from {@code day} and the
     * notifications of the rulebook are required by the end of the next working day. Once per visit; a rulebook
     * version without these rules (RSS/SCH version 1) records the concerns only.
     */
    void escalate(LocalDate day, Instant at, VisitRules rules) {
        Rulebook rulebook = visit.rulebook(rules);
        if (escalatedAt != null || rulebook.deadlinesStartingAt(DeadlineTrigger.SERIOUS_CONCERNS).isEmpty()) {
            return;
        }
        visit.startDeadlines(DeadlineTrigger.SERIOUS_CONCERNS, day, at, rules);
        visit.requireNotifications(rulebook.notificationsAtSeriousConcerns(visit.followsVisitType()),
                rules.calendar().endOfWorkingDaysAfter(day, 1), at, rules.calendar());
    }

    /**
     * Rule CONCERN-FINDING-REVISED: a finding revised back to "no serious or widespread concerns" cannot undo a case
     * review that has decided what follows; checked before the revision records anything.
     */
    void requireFindingMayBecome(Boolean serious) {
        if (Boolean.FALSE.equals(serious) && seriousFinding && caseReviewDecidedAt != null) {
            throw visit.refused(Refusal.CASE_REVIEW_ALREADY_DECIDED, "the case review has already decided what "
                    + "follows the serious or widespread concerns; its decisions stand, so the finding cannot be "
                    + "revised away");
        }
    }

    /**
     * Rule CONCERN-FINDING-REVISED: QA revises the finding on serious or widespread concerns. Revised to serious,
     * the escalation starts from the day of the revision as feedback with that finding would have started it (rule
     * CONCERN-ESCALATION); revised back, the escalation's clocks not yet met and its notifications not yet sent are
     * cancelled by their own events. An unchanged finding records nothing more.
     */
    void reviseFinding(Boolean serious, String reasons, Instant at, VisitRules rules) {
        if (serious == null || serious == seriousFinding) {
            return;
        }
        apply(new SeriousConcernsFindingRevised(visit.id(), serious, reasons, at));
        Rulebook rulebook = visit.rulebook(rules);
        if (serious) {
            escalate(rules.calendar().dayOf(at), at, rules);
            return;
        }
        Set<DeadlineCode> escalationClocks = rulebook.deadlinesStartingAt(DeadlineTrigger.SERIOUS_CONCERNS).stream()
                .map(DeadlineRule::code).collect(Collectors.toSet());
        visit.deadlines().cancelUnmet(visit.id(), escalationClocks, FINDING_REVISED, at);
        List<NotificationRule> escalationNotifications =
                rulebook.notificationsAtSeriousConcerns(visit.followsVisitType());
        visit.notifications().cancelUnsentFor(escalationNotifications.stream().map(NotificationRule::purpose)
                .collect(Collectors.toSet()), FINDING_REVISED, at);
    }

    static boolean seriousOrWidespread(ConcernCategory category) {
        return SERIOUS_OR_WIDESPREAD.contains(category);
    }

    boolean seriousOrWidespreadRaised() {
        return seriousOrWidespreadRaised;
    }

    private void requireCaseReviewRequired() {
        if (escalatedAt == null) {
            throw visit.refused(Refusal.NO_CASE_REVIEW_REQUIRED, "a debrief and a case review follow a visit that "
                    + "ended with serious or widespread concerns under a rulebook that has them");
        }
    }

    private void requireDebriefPending() {
        requireCaseReviewRequired();
        if (debriefAt != null) {
            throw visit.refused(Refusal.DEBRIEF_ALREADY_HELD, "the post-visit debrief was already held");
        }
    }

    private void requireCaseReviewPending() {
        requireCaseReviewRequired();
        if (caseReviewDecidedAt != null) {
            throw visit.refused(Refusal.CASE_REVIEW_ALREADY_DECIDED, "the case review was already decided");
        }
        if (debriefAt == null) {
            throw visit.refused(Refusal.DEBRIEF_NOT_HELD,
                    "the case review considers the post-visit debrief's recommendation; hold the debrief first");
        }
    }

    /** The moment of the case review that decided the monitoring visit: the commissioning may not precede it. */
    private Instant requireMonitoringVisitToCommission() {
        if (!monitoringVisitDecided) {
            throw visit.refused(Refusal.NO_MONITORING_VISIT_DECIDED,
                    "a MONITORING visit follows a visit whose case review decided one");
        }
        if (monitoringVisitCommissioned) {
            throw visit.refused(Refusal.MONITORING_VISIT_ALREADY_ANNOUNCED,
                    "the monitoring visit the case review decided was already announced");
        }
        return caseReviewDecidedAt;
    }

    /** Rule CASE-REVIEW-DECISIONS: one or more decisions; "no further action" cannot stand beside an action. */
    private static void validate(List<CaseReviewDecision> decisions) {
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
    void on(VerbalFeedbackGiven event) {
        seriousFinding = event.seriousOrWidespreadConcerns();
    }

    @EventSourcingHandler
    void on(SeriousConcernsFindingRevised event) {
        seriousFinding = event.seriousOrWidespreadConcerns();
        if (!seriousFinding) {
            escalatedAt = null;
        }
    }

    @EventSourcingHandler
    void on(ConcernRaised event) {
        raised++;
        seriousOrWidespreadRaised |= seriousOrWidespread(event.category());
        if (seriousOrWidespread(event.category()) && visit.progress().lastDayOfVisit() != null) {
            seriousFinding = true;
        }
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
