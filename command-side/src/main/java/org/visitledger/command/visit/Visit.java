package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.rulebook.DeadlineRule;
import org.visitledger.rulebook.DeadlineTrigger;
import org.visitledger.rulebook.NotificationRule;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.events.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One inspection or assurance visit, from the announcement call to the end of the complaint window (rule
 * VISIT-LIFECYCLE). The root holds who and what the visit is and the steps every rule area shares; each rule area is
 * an aggregate member that handles its own commands next to its guards and state: {@link Fieldwork},
 * {@link InformationRequests}, {@link ReportPath}, {@link InterimVisit}, {@link SeriousConcerns},
 * {@link Deferral}, {@link ProviderConcerns}, {@link Complaints}, {@link VisitNotifications}, and for LA inspections
 * {@link CaseSampling} and {@link Judgements}. Members answer to
 * the root through the package-private methods below; event-sourcing handlers only assign state.
 */
@Aggregate
public class Visit {

    /** Rule OCCURRED-AT: occurredAt may not be in the future, allowing 5 minutes of clock skew. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Visit types created from another visit, which they name in followsVisitId. */
    private static final Set<VisitType> FOLLOWING_TYPES = EnumSet.of(VisitType.MONITORING, VisitType.SECTION8_NFD);

    @AggregateIdentifier
    private String visitId;
    private VisitType visitType;
    private String rulebookVersion;
    private Provider provider;
    private List<String> placingAuthorities;
    private String leadInspector;
    private List<String> teamInspectors;
    private Instant announcedAt;
    /** The type of the visit this one follows, where recorded (VisitAnnounced revision 2); null otherwise. */
    private VisitType followsVisitType;
    // Members keep their own state through their own event-sourcing handlers.
    @AggregateMember
    private final VisitProgress progress = new VisitProgress();
    @AggregateMember
    private final VisitDeadlines deadlines = new VisitDeadlines();
    @AggregateMember
    private final VisitNotifications notifications = new VisitNotifications(this);
    @AggregateMember
    private final Fieldwork fieldwork = new Fieldwork(this);
    @AggregateMember
    private final InformationRequests informationRequests = new InformationRequests(this);
    @AggregateMember
    private final ReportPath reportPath = new ReportPath(this);
    @AggregateMember
    private final InterimVisit interim = new InterimVisit(this);
    @AggregateMember
    private final SeriousConcerns concerns = new SeriousConcerns(this);
    @AggregateMember
    private final Deferral deferral = new Deferral(this);
    @AggregateMember
    private final ProviderConcerns providerConcerns = new ProviderConcerns(this);
    @AggregateMember
    private final Complaints complaints = new Complaints(this);
    @AggregateMember
    private final CaseSampling caseSampling = new CaseSampling(this);
    @AggregateMember
    private final Judgements judgements = new Judgements(this);
    @AggregateMember
    private final PersonalDataErasure erasure = new PersonalDataErasure(this);

    protected Visit() {
    }

    @CommandHandler
    public Visit(AnnounceVisit command, VisitRules rules) {
        Rulebook rulebook = VisitGuards.rulebookFor(command.visitType(), rules.rulebooks());
        boolean follows = FOLLOWING_TYPES.contains(command.visitType());
        if (!follows && command.followsVisitId() != null) {
            throw new InvalidCommandException("followsVisitId",
                    "Only MONITORING and SECTION8_NFD visits follow another visit; " + command.visitType() + " does not");
        }
        if (follows && command.followsVisitId() == null) {
            throw new InvalidCommandException("followsVisitId", "A " + command.visitType()
                    + " visit follows the visit that led to it (a case review, an interim visit); name that visit");
        }
        WorkingDayCalendar calendar = rules.calendar();
        Instant at = occurredAt(command.occurredAt(), null);
        int length = VisitGuards.plannedLength(command.plannedLengthDays(), rulebook);
        String agreedBy = VisitGuards.lengthAgreement(length, command.lengthAgreedBy(), rulebook);
        LocalDate dayOne = calendar.dayOf(at);
        if (!follows) {
            // A following visit is created by a process that must not be refused: it falls within the horizon of
            // the visit it follows, and the commissioning or conversion that decided it was made on a working day.
            VisitGuards.requireCalendarHorizon(dayOne, calendar);
            VisitGuards.requireWorkingDay(dayOne, calendar, "a visit is announced");
        }
        InspectionNotice notice = InspectionNotice.decide(command, rulebook, dayOne, calendar);
        // Rule INTERIM-NOTICE: an interim visit's notice call is the working day before the day on site.
        LocalDate firstDayOnSite = notice != null ? notice.fieldworkStartsOn()
                : rulebook.onSiteTheDayAfterNotice() ? calendar.workingDaysAfter(dayOne, 1) : dayOne;
        LocalDate plannedLastDay = calendar.lastDayOfVisit(firstDayOnSite, length);
        String id = command.visitId();
        apply(new VisitAnnounced(id, command.visitType(), rulebook.version(), command.provider(),
                command.leadInspector(), List.copyOf(command.teamInspectors()),
                List.copyOf(command.placingAuthorities()), length, plannedLastDay,
                command.followsVisitId(), follows ? command.followsVisitType() : null, at));
        if (agreedBy != null) {
            apply(new VisitLengthAgreed(id, length, rulebook.defaultLengthDays(), agreedBy, at));
        }
        if (notice != null) {
            apply(notice.given(id, at));
        }
        deadlines.startAtAnnouncement(id, rulebook, dayOne, firstDayOnSite, plannedLastDay, at, rules);
        rulebook.arrivalDeadlineRule().ifPresent(arrival -> deadlines.start(id, arrival.code().name(), arrival.code(),
                arrival.owner(), at.plus(Duration.ofHours(arrival.hours())), arrival.rule(), false, at,
                rules.deadlineManager()));
        rulebook.annexARule().ifPresent(annexA -> {
            Instant due = VisitGuards.annexADue(annexA, at, calendar);
            apply(new AnnexARequested(id, annexA.items(), due, at));
            deadlines.start(id, DeadlineCode.ANNEX_A_RETURN.name(), DeadlineCode.ANNEX_A_RETURN, DeadlineOwner.PROVIDER,
                    due, annexA.rule(), false, at, rules.deadlineManager());
        });
        List<NotificationRule> required = rulebook.notificationsAtAnnouncement();
        for (int i = 0; i < required.size(); i++) {
            NotificationRule rule = required.get(i);
            notifications.require(id, notifications.nextId(i), VisitNotifications.recipient(rule.recipient(),
                    command.provider()), rule.channel(), rule.purpose(),
                    dueAt(rule, dayOne, at, calendar.endOf(dayOne), calendar), at);
        }
    }

    /** The persistent deadline manager woke the visit: what it records is the system's act, not a user's. */
    @DeadlineHandler(deadlineName = DeadlineDue.NAME)
    public void on(DeadlineDue due, VisitRules rules) {
        MetaData system = EventMetadata.system(due.deadlineId());
        deadlines.find(due.deadlineId()).ifPresent(deadline -> {
            boolean window = rulebook(rules).isWindow(deadline.code());
            deadlines.lapse(visitId, deadline, window, system);
            if (window) {
                closeIfSettled(deadline.dueAt(), system);
            }
        });
    }

    // ------------------------------------------------------------------ steps the rule areas share

    /** Rule OCCURRED-AT: when the act happened, neither in the future nor before {@code previousMilestone}. */
    Instant occurredAt(Instant requested, Instant previousMilestone) {
        return VisitGuards.occurredAt(requested, previousMilestone, VisitClock.now());
    }

    /** The rulebook the visit was announced under: a visit keeps its version for life. */
    Rulebook rulebook(VisitRules rules) {
        return rules.rulebooks().version(visitType, rulebookVersion);
    }

    /**
     * Starts every deadline of the rulebook whose clock {@code trigger} starts, counted from {@code day} in working
     * days, or in calendar days where the rule says so (rule LA-COMPLAINT-WINDOW).
     */
    void startDeadlines(DeadlineTrigger trigger, LocalDate day, Instant at, VisitRules rules) {
        WorkingDayCalendar calendar = rules.calendar();
        for (DeadlineRule rule : rulebook(rules).deadlinesStartingAt(trigger)) {
            deadlines.start(visitId, deadlines.newIdFor(rule.code()), rule.code(), rule.owner(),
                    calendar.endOf(rule.dueDay(day, calendar)), rule.rule(), rule.window(), at,
                    rules.deadlineManager());
        }
    }

    /**
     * Not for the creating command: ids are counted from notifications already applied. Each is due at
     * {@code dueAt} unless its rule says otherwise (counted from {@code at}'s day).
     */
    void requireNotifications(List<NotificationRule> rules, Instant dueAt, Instant at, WorkingDayCalendar calendar) {
        for (NotificationRule rule : rules) {
            for (String recipient : VisitNotifications.recipients(rule.recipient(), provider, placingAuthorities)) {
                notifications.require(visitId, notifications.nextId(0), recipient, rule.channel(), rule.purpose(),
                        dueAt(rule, calendar.dayOf(at), at, dueAt, calendar), at);
            }
        }
    }

    /** When a notification is due: at once, a number of working days after {@code day}, or {@code usual}. */
    private static Instant dueAt(NotificationRule rule, LocalDate day, Instant at, Instant usual,
                                 WorkingDayCalendar calendar) {
        if (rule.dueAtOnce()) {
            return at;
        }
        return rule.dueWorkingDays() != null ? calendar.endOfWorkingDaysAfter(day, rule.dueWorkingDays()) : usual;
    }

    /**
     * A side exit (deferral granted, withdrawal, ending incomplete): the open clocks are cancelled (rule
     * DEADLINE-CANCELLED), and under a rulebook with notificationsEndWithVisit the notifications not yet sent too
     * (rule NOTIFY-ENDS-WITH-VISIT).
     */
    void endBySideExit(String reason, Instant at, VisitRules rules) {
        deadlines.cancelAllOpen(visitId, reason, at);
        if (rulebook(rules).notificationsEndWithVisit()) {
            notifications.cancelOutstanding(reason, at);
        }
    }

    /** Rule VISIT-CLOSED: CLOSED once published, the complaint window over and no complaint open. */
    void closeIfSettled(Instant at, MetaData metaData) {
        if (progress.status() == VisitStatus.PUBLISHED && progress.complaintWindowOver() && !complaints.anyOpen()) {
            apply(new VisitClosed(visitId, at), metaData);
        }
    }

    CommandRefusedException refused(Refusal refusal, String rule) {
        return progress.refused(refusal, rule);
    }

    String id() {
        return visitId;
    }

    VisitType type() {
        return visitType;
    }

    VisitType followsVisitType() {
        return followsVisitType;
    }

    String rulebookVersion() {
        return rulebookVersion;
    }

    Provider provider() {
        return provider;
    }

    List<String> placingAuthorities() {
        return placingAuthorities;
    }

    String leadInspector() {
        return leadInspector;
    }

    List<String> teamInspectors() {
        return teamInspectors;
    }

    Instant announcedAt() {
        return announcedAt;
    }

    VisitProgress progress() {
        return progress;
    }

    VisitDeadlines deadlines() {
        return deadlines;
    }

    VisitNotifications notifications() {
        return notifications;
    }

    SeriousConcerns concerns() {
        return concerns;
    }

    CaseSampling caseSampling() {
        return caseSampling;
    }

    Judgements judgements() {
        return judgements;
    }

    @EventSourcingHandler
    void on(VisitAnnounced event) {
        visitId = event.visitId();
        visitType = event.visitType();
        rulebookVersion = event.rulebookVersion();
        provider = event.provider();
        placingAuthorities = event.placingAuthorities();
        leadInspector = event.leadInspector();
        teamInspectors = event.teamInspectors();
        followsVisitType = event.followsVisitType();
        announcedAt = event.occurredAt();
    }
}
