package org.visitledger.command.visit;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.rulebook.DeadlineRule;
import org.visitledger.rulebook.DeadlineTrigger;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.events.DeadlineCancelled;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineMet;
import org.visitledger.events.DeadlineMissed;
import org.visitledger.events.DeadlineOwner;
import org.visitledger.events.DeadlineScheduled;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A visit's deadlines: decides the deadline events and keeps the state they imply. Deadlines are facts
 * in the event stream (rule DEADLINE-RECORDED); the persistent deadline manager only wakes the visit when a
 * due time passes so that the miss is recorded even if the application was down then (rule DEADLINE-MISSED-AT-DUE).
 */
final class VisitDeadlines {

    private final Map<String, TrackedDeadline> byId = new LinkedHashMap<>();

    /**
     * Starts a clock. Rule DEADLINE-BACKDATED: a due time already past (a back-dated command) is recorded as
     * missed at once. Reads no state: in a creating command Axon applies events only after the constructor has run.
     */
    void start(String visitId, String deadlineId, DeadlineCode code, DeadlineOwner owner, Instant dueAt,
               String rule, boolean window, Instant occurredAt, DeadlineManager deadlineManager) {
        apply(new DeadlineScheduled(visitId, deadlineId, code, owner, dueAt, rule, occurredAt));
        if (dueAt.isAfter(VisitClock.now())) {
            deadlineManager.schedule(dueAt, DeadlineDue.NAME, new DeadlineDue(deadlineId));
        } else {
            lapse(visitId, new TrackedDeadline(deadlineId, code, dueAt, TrackedDeadline.State.OPEN), window,
                    MetaData.emptyInstance());
        }
    }

    /**
     * The clocks an announcement starts (LA inspections' timeline, rule LA-TIMELINE): those counted from day 1, due
     * only where the notice leaves room for them before fieldwork, and those counted from the planned last day.
     */
    void startAtAnnouncement(String visitId, Rulebook rulebook, LocalDate dayOne, LocalDate firstDayOnSite,
                             LocalDate plannedLastDay, Instant at, VisitRules rules) {
        WorkingDayCalendar calendar = rules.calendar();
        for (DeadlineRule rule : rulebook.deadlinesStartingAt(DeadlineTrigger.ANNOUNCED)) {
            LocalDate due = rule.dueDay(dayOne, calendar);
            if (due.isBefore(firstDayOnSite)) {
                start(visitId, rule, calendar.endOf(due), at, rules);
            }
        }
        for (DeadlineRule rule : rulebook.deadlinesStartingAt(DeadlineTrigger.PLANNED_LAST_DAY)) {
            start(visitId, rule, calendar.endOf(rule.dueDay(plannedLastDay, calendar)), at, rules);
        }
    }

    /** A clock of the creating command: its id is its code, as nothing has been applied yet. */
    private void start(String visitId, DeadlineRule rule, Instant dueAt, Instant at, VisitRules rules) {
        start(visitId, rule.code().name(), rule.code(), rule.owner(), dueAt, rule.rule(), rule.window(), at,
                rules.deadlineManager());
    }

    /** Rule DEADLINE-MET-LATE: meets an open or already-missed deadline; late if the act came after the due time. */
    void meet(String visitId, String deadlineId, Instant occurredAt) {
        meet(visitId, deadlineId, occurredAt, null);
    }

    /**
     * As {@link #meet(String, String, Instant)}, for a deadline that may only be met once its window has opened
     * ({@code windowOpens}; null: no window): an act before it meets the deadline early (rule MONITORING-VISIT-EARLY).
     */
    void meet(String visitId, String deadlineId, Instant occurredAt, Instant windowOpens) {
        boolean early = windowOpens != null && occurredAt.isBefore(windowOpens);
        unmet(deadlineId).ifPresent(deadline -> apply(new DeadlineMet(visitId, deadlineId, deadline.code(),
                deadline.dueAt(), occurredAt.isAfter(deadline.dueAt()), early, occurredAt)));
    }

    /** The due time passed: a duty is missed; a window (rule COMPLAINT-WINDOW) has run its course. */
    void lapse(String visitId, TrackedDeadline deadline, boolean window, MetaData metaData) {
        if (deadline == null || deadline.state() != TrackedDeadline.State.OPEN) {
            return;
        }
        if (window) {
            apply(new DeadlineMet(visitId, deadline.deadlineId(), deadline.code(), deadline.dueAt(), false, false,
                    deadline.dueAt()), metaData);
        } else {
            apply(new DeadlineMissed(visitId, deadline.deadlineId(), deadline.code(), deadline.dueAt(),
                    deadline.dueAt()), metaData);
        }
    }

    void cancelAllOpen(String visitId, String reason, Instant occurredAt) {
        cancelUnmet(visitId, deadline -> true, reason, occurredAt);
    }

    /** Cancels the deadlines not yet met (open or missed) of these codes (rule CONCERN-FINDING-REVISED). */
    void cancelUnmet(String visitId, Set<DeadlineCode> codes, String reason, Instant occurredAt) {
        cancelUnmet(visitId, deadline -> codes.contains(deadline.code()), reason, occurredAt);
    }

    private void cancelUnmet(String visitId, Predicate<TrackedDeadline> which, String reason, Instant occurredAt) {
        for (TrackedDeadline deadline : List.copyOf(byId.values())) {
            if (deadline.unmet() && which.test(deadline)) {
                apply(new DeadlineCancelled(visitId, deadline.deadlineId(), deadline.code(), deadline.dueAt(),
                        reason, occurredAt));
            }
        }
    }

    /**
     * The id of a new deadline of this code: the code itself the first time, then {@code CODE-2}, {@code CODE-3}, ...
     * (a clock started again after the first was cancelled, rule CONCERN-FINDING-REVISED). In a creating command
     * nothing has been applied yet, which gives the code itself, as it should.
     */
    String newIdFor(DeadlineCode code) {
        long earlier = byId.values().stream().filter(deadline -> deadline.code() == code).count();
        return earlier == 0 ? code.name() : code.name() + "-" + (earlier + 1);
    }

    /** Meets the deadline of this code still waiting for its act, if any (there is at most one). */
    void meet(String visitId, DeadlineCode code, Instant occurredAt) {
        unmet(code).ifPresent(deadline -> meet(visitId, deadline.deadlineId(), occurredAt));
    }

    Optional<TrackedDeadline> unmet(DeadlineCode code) {
        return byId.values().stream().filter(deadline -> deadline.code() == code && deadline.unmet()).findFirst();
    }

    Optional<TrackedDeadline> unmet(String deadlineId) {
        return Optional.ofNullable(byId.get(deadlineId)).filter(TrackedDeadline::unmet);
    }

    Optional<TrackedDeadline> find(String deadlineId) {
        return Optional.ofNullable(byId.get(deadlineId));
    }

    @EventSourcingHandler
    void on(DeadlineScheduled event) {
        byId.put(event.deadlineId(), new TrackedDeadline(event.deadlineId(), event.code(), event.dueAt(),
                TrackedDeadline.State.OPEN));
    }

    @EventSourcingHandler
    void on(DeadlineMet event) {
        byId.computeIfPresent(event.deadlineId(), (id, d) -> d.in(TrackedDeadline.State.MET));
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        byId.computeIfPresent(event.deadlineId(), (id, d) -> d.in(TrackedDeadline.State.MISSED));
    }

    @EventSourcingHandler
    void on(DeadlineCancelled event) {
        byId.computeIfPresent(event.deadlineId(), (id, d) -> d.in(TrackedDeadline.State.CANCELLED));
    }
}
