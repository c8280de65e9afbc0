package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.visitledger.rulebook.LetterRule;
import org.visitledger.events.ConcernCategory;
import org.visitledger.events.ConcernRaised;
import org.visitledger.events.DutyDeskConsulted;
import org.visitledger.events.FactualAccuracyChecked;
import org.visitledger.events.VisitConvertedToSection8;
import org.visitledger.events.VisitType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Interim visits to schools (seed 002): calls to the duty desk (rule DUTY-DESK-CALL), the regional director's
 * conversion into a section 8 "no formal designation" inspection (rule NFD-CONVERSION), and the school's
 * factual-accuracy check of the letter (rule LETTER-FACTUAL-ACCURACY). The duty desk is consulted on other visit
 * types too (seed 004, pausing). The significant concerns and the calls are tracked here; the rest of the state these
 * rules read lives in {@link VisitProgress}.
 */
final class InterimVisit extends VisitArea {

    /** Rule INTERIM-SIGNIFICANT-CONCERN (seed 002): the interim visits' "significant concerns". */
    private static final Set<ConcernCategory> SIGNIFICANT =
            EnumSet.of(ConcernCategory.SAFEGUARDING, ConcernCategory.LEADERSHIP_BREAKDOWN);

    private Instant significantConcernAt;
    private Instant dutyDeskConsultedAt;

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
        Instant calledAt = requireDutyDeskConsultedOnSignificantConcern();
        Instant at = visit.occurredAt(command.occurredAt(), latest(visit.progress().lastMilestoneAt(), calledAt));
        VisitGuards.requireWorkingDay(rules.calendar().dayOf(at), rules.calendar(),
                "an interim visit is converted (day 1 of the NFD inspection)");
        apply(new VisitConvertedToSection8(visit.id(), command.nfdVisitId(), visit.provider(), visit.leadInspector(),
                visit.teamInspectors(), command.rationale(), at));
        visit.deadlines().cancelAllOpen(visit.id(), "visit converted to a section 8 inspection", at);
        visit.requireNotifications(visit.rulebook(rules).notificationsAtConversion(), at, at, rules.calendar());
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

    /**
     * Rule NFD-CONVERSION (seed 002): HMI must call the duty desk to discuss a significant concern before the
     * regional director decides on conversion. Answers the time of that call.
     */
    private Instant requireDutyDeskConsultedOnSignificantConcern() {
        if (significantConcernAt == null) {
            throw visit.refused(Refusal.NO_SIGNIFICANT_CONCERN, "an interim visit is converted only for a "
                    + "significant concern (SAFEGUARDING or LEADERSHIP_BREAKDOWN); raise it first");
        }
        if (dutyDeskConsultedAt == null || dutyDeskConsultedAt.isBefore(significantConcernAt)) {
            throw visit.refused(Refusal.DUTY_DESK_NOT_CONSULTED, "the duty desk is called about the significant "
                    + "concern before the regional director decides; record the call first");
        }
        return dutyDeskConsultedAt;
    }

    /**
     * Concerns and calls may be recorded after the fact, back-dated, so the stream is not in the order they happened:
     * rule NFD-CONVERSION compares the latest concern with the latest call, not the last ones recorded.
     */
    @EventSourcingHandler
    void on(ConcernRaised event) {
        if (SIGNIFICANT.contains(event.category())) {
            significantConcernAt = latest(significantConcernAt, event.occurredAt());
        }
    }

    @EventSourcingHandler
    void on(DutyDeskConsulted event) {
        dutyDeskConsultedAt = latest(dutyDeskConsultedAt, event.occurredAt());
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
