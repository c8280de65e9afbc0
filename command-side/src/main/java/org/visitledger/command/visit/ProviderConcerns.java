package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.visitledger.events.EventMetadataKeys;
import org.visitledger.events.InformalConcernHandled;
import org.visitledger.events.EscalationContact;
import org.visitledger.events.EscalationRole;
import org.visitledger.events.ProviderConcernEscalated;
import org.visitledger.events.ProviderConcernRecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Concerns the provider raises about the conduct of the inspection and whether each was resolved (rules
 * PROVIDER-CONCERN-RECORD, PROVIDER-CONCERN-ESCALATE; seed 004), and the informal concerns of the working day after
 * the visit (rule INFORMAL-CONCERN-NEXT-DAY).
 */
final class ProviderConcerns extends VisitArea {

    private enum State { RESOLVED, UNRESOLVED, ESCALATED }

    private final Map<String, State> byId = new LinkedHashMap<>();
    private int informalConcerns;

    ProviderConcerns(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(RecordProviderConcern command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.announcedAt());
        visit.progress().requireNotFinished();
        String providerConcernId = "PC-" + (byId.size() + 1);
        apply(new ProviderConcernRecorded(visit.id(), providerConcernId, command.summary(), command.actionTaken(),
                command.resolved(), at));
        return CommandOutcome.of(providerConcernId);
    }

    @CommandHandler
    CommandOutcome handle(EscalateProviderConcern command) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.announcedAt());
        visit.progress().requireNotFinished();
        requireEscalatable(command.providerConcernId());
        // Rule PROVIDER-CONCERN-ESCALATE: whom, as a role and a name; a role not given is the one the name states.
        EscalationRole role = command.role() != null ? command.role() : EscalationRole.impliedBy(command.escalatedTo());
        apply(new ProviderConcernEscalated(visit.id(), command.providerConcernId(),
                new EscalationContact(role, command.escalatedTo()), at));
        return CommandOutcome.of(null);
    }

    /**
     * Rule INFORMAL-CONCERN-NEXT-DAY: on the working day after the visit the provider may raise informal concerns,
     * handled by someone independent of the visit: neither the person named as handling it nor the one recording it
     * may be its lead or a team inspector.
     */
    @CommandHandler
    CommandOutcome handle(RecordInformalConcern command, VisitRules rules,
                          @MetaDataValue(EventMetadataKeys.ACTOR) String actor) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        LocalDate lastDay = visit.progress().lastDayOfVisit();
        if (lastDay == null) {
            throw visit.refused(Refusal.VISIT_NOT_ENDED, "an informal concern is raised on the working day after "
                    + "the visit, which has not ended");
        }
        LocalDate dayAfter = rules.calendar().workingDaysAfter(lastDay, 1);
        if (!rules.calendar().dayOf(at).equals(dayAfter)) {
            throw visit.refused(Refusal.NOT_THE_WORKING_DAY_AFTER_THE_VISIT, "informal concerns are raised on the "
                    + "working day after the visit, " + dayAfter + "; later concerns are complaints");
        }
        for (String person : new String[]{command.handledBy(), actor}) {
            if (onTheVisitTeam(person)) {
                throw visit.refused(Refusal.HANDLER_NOT_INDEPENDENT, person + " was on the visit team; an informal "
                        + "concern is handled by someone independent of the visit");
            }
        }
        String informalConcernId = "IC-" + (informalConcerns + 1);
        apply(new InformalConcernHandled(visit.id(), informalConcernId, command.summary(), command.handledBy().strip(),
                command.outcome(), at));
        return CommandOutcome.of(informalConcernId);
    }

    private boolean onTheVisitTeam(String person) {
        if (person == null) {
            return false;
        }
        String name = person.strip();
        return name.equalsIgnoreCase(visit.leadInspector())
                || visit.teamInspectors().stream().anyMatch(member -> member.strip().equalsIgnoreCase(name));
    }

    private void requireEscalatable(String providerConcernId) {
        State state = byId.get(providerConcernId);
        if (state == null) {
            throw new CommandRefusedException(Refusal.UNKNOWN_PROVIDER_CONCERN,
                    "Visit " + visit.id() + " has no provider concern " + providerConcernId);
        }
        if (state == State.RESOLVED) {
            throw new CommandRefusedException(Refusal.PROVIDER_CONCERN_RESOLVED, "Provider concern "
                    + providerConcernId + " was resolved with the lead inspector; only unresolved ones are escalated");
        }
        if (state == State.ESCALATED) {
            throw new CommandRefusedException(Refusal.PROVIDER_CONCERN_ALREADY_ESCALATED,
                    "Provider concern " + providerConcernId + " was already escalated");
        }
    }

    @EventSourcingHandler
    void on(ProviderConcernRecorded event) {
        byId.put(event.providerConcernId(), event.resolved() ? State.RESOLVED : State.UNRESOLVED);
    }

    @EventSourcingHandler
    void on(InformalConcernHandled event) {
        informalConcerns++;
    }

    @EventSourcingHandler
    void on(ProviderConcernEscalated event) {
        byId.put(event.providerConcernId(), State.ESCALATED);
    }
}
