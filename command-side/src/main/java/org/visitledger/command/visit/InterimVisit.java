package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.visitledger.command.rulebook.LetterRule;
import org.visitledger.events.DutyDeskConsulted;
import org.visitledger.events.FactualAccuracyChecked;
import org.visitledger.events.VisitConvertedToSection8;
import org.visitledger.events.VisitType;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Interim visits to schools (seed 002): calls to the duty desk (rule DUTY-DESK-CALL), the regional director's
 * conversion into a section 8 "no formal designation" inspection (rule NFD-CONVERSION), and the school's
 * factual-accuracy check of the letter (rule LETTER-FACTUAL-ACCURACY). The duty desk is consulted on other visit
 * types too (seed 004, pausing); the state these rules read lives in
 * {@link SeriousConcerns} and {@link VisitProgress}.
 */
final class InterimVisit extends VisitArea {

    InterimVisit(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RecordDutyDeskCall command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.announcedAt());
        visit.progress().requireNotFinishedOrPaused();
        apply(new DutyDeskConsulted(visit.id(), command.summary(), at));
        return CommandOutcome.of(null);
    }

    /** Rule NFD-CONVERSION: the regional director converts an interim visit with a significant concern; it stops. */
    @CommandHandler
    CommandOutcome handle(ConvertToSection8 command, VisitRules rules) {
        if (visit.type() != VisitType.SCHOOL_INTERIM) {
            throw visit.refused(Refusal.NOT_AN_INTERIM_VISIT, "only an interim visit is converted into a "
                    + "section 8 no formal designation inspection");
        }
        visit.progress().requireBeforeEnd();
        if (command.nfdVisitId() == null || command.nfdVisitId().isBlank() || command.nfdVisitId().equals(visit.id())) {
            throw new InvalidCommandException("nfdVisitId", "the NFD visit needs an id of its own");
        }
        Instant calledAt = visit.concerns().requireDutyDeskConsultedOnSignificantConcern();
        Instant at = visit.occurredAt(command.occurredAt(), latest(visit.progress().lastMilestoneAt(), calledAt));
        apply(new VisitConvertedToSection8(visit.id(), command.nfdVisitId(), visit.provider(), visit.leadInspector(),
                visit.teamInspectors(), command.rationale(), at));
        visit.deadlines().cancelAllOpen(visit.id(), "visit converted to a section 8 inspection", at);
        visit.requireNotifications(visit.rulebook(rules).notificationsAtConversion(), at, at);
        return CommandOutcome.of(command.nfdVisitId());
    }

    @CommandHandler
    CommandOutcome handle(RecordFactualAccuracyCheck command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        if (!visit.rulebook(rules).letterRule().map(LetterRule::factualAccuracyCheck).orElse(false)) {
            throw visit.refused(Refusal.NO_FACTUAL_ACCURACY_CHECK_FOR_VISIT_TYPE, "a " + visit.type()
                    + " visit has no letter for the school to check");
        }
        progress.requireStatus(VisitStatus.VISIT_ENDED, "the school checks the letter written after the visit");
        if (progress.factualAccuracyChecked()) {
            throw visit.refused(Refusal.FACTUAL_ACCURACY_ALREADY_CHECKED, "the letter was already checked");
        }
        apply(new FactualAccuracyChecked(visit.id(), command.comments(), at));
        return CommandOutcome.of(null);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
