package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.visitledger.command.rulebook.DeadlineTrigger;
import org.visitledger.events.InspectorsArrivedOnSite;
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
 * PAUSE-VISIT, PAUSE-RESUME, PAUSE-END-INCOMPLETE) and withdrawal (rule VISIT-WITHDRAWAL). Its state is the visit's
 * progress.
 */
final class Fieldwork extends VisitArea {

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
        LocalDate lastDay = rules.calendar().dayOf(at);
        apply(new VerbalFeedbackGiven(visit.id(), command.seriousOrWidespreadConcerns(), command.summary(), at));
        apply(new VisitEnded(visit.id(), lastDay, at));
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

    @CommandHandler
    CommandOutcome handle(ResumeVisit command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requirePaused();
        apply(new VisitResumed(visit.id(), command.reason(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(EndVisitIncomplete command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        visit.progress().requirePaused();
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
}
