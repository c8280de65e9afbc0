package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.rulebook.DeadlineTrigger;
import org.visitledger.rulebook.LocalAuthorityInspectionRules;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.InspectorsArrivedOnSite;
import org.visitledger.events.PauseAdvised;
import org.visitledger.events.VerbalFeedbackGiven;
import org.visitledger.events.VisitEnded;
import org.visitledger.events.VisitEndedIncomplete;
import org.visitledger.events.VisitPaused;
import org.visitledger.events.VisitResumed;
import org.visitledger.events.VisitWithdrawn;

import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The visit on site: the inspectors' arrival (rule VISIT-ARRIVAL), the verbal feedback that ends the visit (rule
 * VISIT-END-AT-FEEDBACK), and the ways it stops early: seed 004's pause, resumption and ending incomplete (rules
 * PAUSE-VISIT, PAUSE-RESUME, PAUSE-END-INCOMPLETE, with the regional director's advice, PAUSE-DIRECTOR-ADVICE) and
 * withdrawal (rule VISIT-WITHDRAWAL). Its state is the visit's progress, and whether the current pause was advised on.
 */
final class Fieldwork extends VisitArea {

    private boolean advisedSincePause;

    Fieldwork(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RecordArrivalOnSite command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireBeforeEnd();
        if (progress.status() == VisitStatus.ON_SITE) {
            throw visit.refused(Refusal.ALREADY_ON_SITE, "the inspectors' arrival was already recorded");
        }
        apply(new InspectorsArrivedOnSite(visit.id(), at));
        visit.rulebook(rules).arrivalDeadlineRule()
                .ifPresent(arrival -> visit.deadlines().meet(visit.id(), arrival.code().name(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(GiveVerbalFeedback command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireBeforeEnd();
        if (visit.rulebook(rules).onSiteActivityRequired() && progress.status() != VisitStatus.ON_SITE) {
            throw visit.refused(Refusal.NO_ON_SITE_ACTIVITY, "an RSS visit always includes some on-site activity "
                    + "(rule RSS-ON-SITE-ACTIVITY); record the inspectors' arrival on site before the feedback");
        }
        if (!command.seriousOrWidespreadConcerns() && visit.concerns().seriousOrWidespreadRaised()) {
            throw visit.refused(Refusal.SERIOUS_CONCERNS_RAISED, "a serious or widespread concern was raised "
                    + "during the visit; the feedback must state that there are serious or widespread concerns");
        }
        visit.rulebook(rules).localAuthorityInspectionRules().ifPresent(la -> requireFieldworkDone(command, la));
        LocalDate lastDay = rules.calendar().dayOf(at);
        apply(new VerbalFeedbackGiven(visit.id(), command.seriousOrWidespreadConcerns(), command.summary(), at));
        apply(new VisitEnded(visit.id(), lastDay, at));
        visit.deadlines().meet(visit.id(), DeadlineCode.FIELDWORK_FEEDBACK, at);
        visit.startDeadlines(DeadlineTrigger.VISIT_ENDED, lastDay, at, rules);
        if (command.seriousOrWidespreadConcerns()) {
            visit.concerns().escalate(lastDay, at, rules);
        }
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(PauseVisit command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requireBeforeEnd();
        apply(new VisitPaused(visit.id(), command.reason(), at));
        return CommandOutcome.of(null);
    }

    /** Rule PAUSE-DIRECTOR-ADVICE: the regional director advises on the next steps for a paused visit. */
    @CommandHandler
    CommandOutcome handle(AdviseOnPause command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requirePaused();
        apply(new PauseAdvised(visit.id(), command.advice(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(ResumeVisit command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requirePaused();
        requireDirectorAdvice(rules);
        apply(new VisitResumed(visit.id(), command.reason(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(EndVisitIncomplete command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requirePaused();
        requireDirectorAdvice(rules);
        apply(new VisitEndedIncomplete(visit.id(), command.reason(), at));
        visit.endBySideExit("visit ended incomplete", at, rules);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(WithdrawVisit command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requireBeforeEnd();
        apply(new VisitWithdrawn(visit.id(), command.reason(), at));
        visit.endBySideExit("visit withdrawn", at, rules);
        return CommandOutcome.of(null);
    }

    /**
     * An LA inspection's fieldwork ends with feedback once it has started and sampled its cases (rule
     * LA-CASE-SAMPLE-MINIMUM). Its concerns go to the DCS at once (rule LA-RISK-OF-HARM): it has no serious or
     * widespread concerns to state at feedback.
     */
    private void requireFieldworkDone(GiveVerbalFeedback command, LocalAuthorityInspectionRules la) {
        if (command.seriousOrWidespreadConcerns()) {
            throw new InvalidCommandException("seriousOrWidespreadConcerns", "an LA inspection has no serious or "
                    + "widespread concerns route; a significant risk of harm is raised as a concern, told to the DCS "
                    + "at once");
        }
        if (visit.progress().status() != VisitStatus.ON_SITE) {
            throw visit.refused(Refusal.NO_ON_SITE_ACTIVITY, "fieldwork ends with the feedback; record its start "
                    + "(arrival) first");
        }
        visit.caseSampling().requireMinimumSample(la);
    }

    /**
     * Rule PAUSE-DIRECTOR-ADVICE: under a rulebook that says so, a paused visit is resumed or ended incomplete only
     * once the regional director's advice on this pause is recorded.
     */
    private void requireDirectorAdvice(VisitRules rules) {
        if (visit.rulebook(rules).pauseNeedsRegionalDirectorAdvice() && !advisedSincePause) {
            throw visit.refused(Refusal.NO_REGIONAL_DIRECTOR_ADVICE, "the duty desk liaises with the regional "
                    + "director, who advises on the next steps for a paused visit; record the advice first");
        }
    }

    @EventSourcingHandler
    void on(VisitPaused event) {
        advisedSincePause = false;
    }

    @EventSourcingHandler
    void on(PauseAdvised event) {
        advisedSincePause = true;
    }
}
