package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.command.rulebook.DeadlineRule;
import org.visitledger.command.rulebook.DeadlineTrigger;
import org.visitledger.command.rulebook.LetterRule;
import org.visitledger.command.rulebook.MonitoringVisitRule;
import org.visitledger.command.rulebook.NotificationRule;
import org.visitledger.command.rulebook.Rulebook;
import org.visitledger.command.rulebook.Rulebooks;
import org.visitledger.events.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One inspection or assurance visit, from the announcement call to the end of the complaint window
 * (visit-process.md, "Assurance-visit lifecycle"). Handlers check the rule, ask the rulebook the visit was
 * announced under for timings, then apply events; event-sourcing handlers only assign state.
 */
@Aggregate
public class Visit {

    /** visit-process.md: occurredAt may not be in the future, allowing 5 minutes of clock skew. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final String REVISED_JUDGEMENT_PURPOSE = "Revised judgement, with the reasons for the change from the "
            + "provisional judgement given at feedback";
    static final String MONITORING_OUTCOME_PURPOSE = "Outcome of the monitoring visit";
    static final String DFE = "Department for Education";
    /** Visit types created from another visit, which they name in followsVisitId. */
    private static final Set<VisitType> FOLLOWING_TYPES = EnumSet.of(VisitType.MONITORING, VisitType.SECTION8_NFD);
    private static final Set<VisitStatus> REPORT_SENT =
            EnumSet.of(VisitStatus.FINAL_SENT, VisitStatus.PUBLISHED, VisitStatus.CLOSED);

    @AggregateIdentifier
    private String visitId;
    private VisitType visitType;
    private String rulebookVersion;
    private Provider provider;
    private List<String> placingAuthorities;
    private String leadInspector;
    private List<String> teamInspectors;
    private Instant announcedAt;
    private Instant finalReportSentAt;
    @AggregateMember
    private final VisitProgress progress = new VisitProgress();
    // Members keep their own state through their own event-sourcing handlers.
    @AggregateMember
    private final VisitDeadlines deadlines = new VisitDeadlines();
    @AggregateMember
    private final VisitNotifications notifications = new VisitNotifications();
    @AggregateMember
    private final InformationRequests informationRequests = new InformationRequests();
    @AggregateMember
    private final Complaints complaints = new Complaints();
    @AggregateMember
    private final SeriousConcerns concerns = new SeriousConcerns();
    @AggregateMember
    private final Deferral deferral = new Deferral();
    @AggregateMember
    private final ProviderConcerns providerConcerns = new ProviderConcerns();

    protected Visit() {
    }

    @CommandHandler
    public Visit(AnnounceVisit command, Rulebooks rulebooks, WorkingDayCalendar calendar,
                 DeadlineManager deadlineManager) {
        Rulebook rulebook = VisitGuards.rulebookFor(command.visitType(), rulebooks);
        boolean follows = FOLLOWING_TYPES.contains(command.visitType());
        if (!follows && command.followsVisitId() != null) {
            throw new InvalidCommandException("followsVisitId",
                    "Only MONITORING and SECTION8_NFD visits follow another visit; " + command.visitType() + " does not");
        }
        if (follows && command.followsVisitId() == null) {
            throw new InvalidCommandException("followsVisitId", "A " + command.visitType()
                    + " visit follows the visit that led to it (a case review, an interim visit); name that visit");
        }
        Instant at = occurredAt(command.occurredAt(), null);
        int length = VisitGuards.plannedLength(command.plannedLengthDays(), rulebook);
        LocalDate dayOne = calendar.dayOf(at);
        // seed 002: an interim visit's notice call is the working day before the day on site.
        LocalDate firstDayOnSite = rulebook.onSiteTheDayAfterNotice() ? calendar.workingDaysAfter(dayOne, 1) : dayOne;
        String id = command.visitId();
        apply(new VisitAnnounced(id, command.visitType(), rulebook.version(), command.provider(),
                command.leadInspector(), List.copyOf(command.teamInspectors()),
                List.copyOf(command.placingAuthorities()), length, calendar.lastDayOfVisit(firstDayOnSite, length),
                command.followsVisitId(), at));
        rulebook.arrivalDeadlineRule().ifPresent(arrival -> deadlines.start(id, arrival.code().name(), arrival.code(),
                arrival.owner(), at.plus(Duration.ofHours(arrival.hours())), arrival.rule(), false, at,
                deadlineManager));
        rulebook.annexARule().ifPresent(annexA -> {
            Instant due = calendar.at(dayOne, annexA.dueTime());
            apply(new AnnexARequested(id, annexA.items(), due, at));
            deadlines.start(id, DeadlineCode.ANNEX_A_RETURN.name(), DeadlineCode.ANNEX_A_RETURN, DeadlineOwner.PROVIDER,
                    due, annexA.rule(), false, at, deadlineManager);
        });
        List<NotificationRule> required = rulebook.notificationsAtAnnouncement();
        for (int i = 0; i < required.size(); i++) {
            NotificationRule rule = required.get(i);
            notifications.require(id, notifications.nextId(i), VisitNotifications.recipient(rule.recipient(), command.provider()),
                    rule.channel(), rule.purpose(), calendar.endOf(dayOne), at);
        }
    }

    @CommandHandler
    public CommandOutcome handle(RecordAnnexAReturned command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireNotFinished();
        if (!progress.annexARequested()) {
            throw progress.refused(Refusal.ANNEX_A_NOT_REQUESTED, "no Annex A was requested for a " + visitType + " visit");
        }
        if (progress.annexAReturned()) {
            throw progress.refused(Refusal.ANNEX_A_ALREADY_RETURNED, "Annex A was already returned");
        }
        apply(new AnnexAReturned(visitId, at));
        deadlines.meet(visitId, DeadlineCode.ANNEX_A_RETURN.name(), at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(RequestFurtherInformation command, Rulebooks rulebooks, DeadlineManager deadlineManager) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        if (!rulebook(rulebooks).furtherInformationAllowed()) {
            throw progress.refused(Refusal.FURTHER_INFORMATION_NOT_IN_RULEBOOK,
                    "the " + visitType + " rulebook has no further-information requests");
        }
        progress.requireBeforeEnd();
        if (!progress.annexAReturned()) {
            throw progress.refused(Refusal.ANNEX_A_NOT_RETURNED,
                    "further information is requested after analysing Annex A; record Annex A returned first");
        }
        if (!command.dueAt().isAfter(at)) {
            throw new InvalidCommandException("dueAt", "dueAt " + command.dueAt() + " must be after " + at);
        }
        String requestId = informationRequests.nextId();
        apply(new FurtherInformationRequested(visitId, requestId, List.copyOf(command.items()), command.dueAt(), at));
        deadlines.start(visitId, InformationRequests.deadlineId(requestId), DeadlineCode.FURTHER_INFORMATION,
                DeadlineOwner.PROVIDER, command.dueAt(), InformationRequests.RULE, false, at, deadlineManager);
        return CommandOutcome.of(requestId);
    }

    @CommandHandler
    public CommandOutcome handle(RecordFurtherInformationReceived command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireNotFinished();
        informationRequests.requireOutstanding(visitId, command.requestId());
        apply(new FurtherInformationReceived(visitId, command.requestId(), at));
        deadlines.meet(visitId, InformationRequests.deadlineId(command.requestId()), at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(RecordArrivalOnSite command, Rulebooks rulebooks) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireBeforeEnd();
        if (progress.status() == VisitStatus.ON_SITE) {
            throw progress.refused(Refusal.ALREADY_ON_SITE, "the inspectors' arrival was already recorded");
        }
        apply(new InspectorsArrivedOnSite(visitId, at));
        rulebook(rulebooks).arrivalDeadlineRule().ifPresent(arrival -> deadlines.meet(visitId, arrival.code().name(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(GiveVerbalFeedback command, Rulebooks rulebooks, WorkingDayCalendar calendar,
                       DeadlineManager deadlineManager) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireBeforeEnd();
        if (!command.seriousOrWidespreadConcerns() && concerns.seriousOrWidespreadRaised()) {
            throw progress.refused(Refusal.SERIOUS_CONCERNS_RAISED, "a serious or widespread concern was raised "
                    + "during the visit; the feedback must state that there are serious or widespread concerns");
        }
        LocalDate lastDay = calendar.dayOf(at);
        apply(new VerbalFeedbackGiven(visitId, command.seriousOrWidespreadConcerns(), command.summary(), at));
        apply(new VisitEnded(visitId, lastDay, at));
        startDeadlines(DeadlineTrigger.VISIT_ENDED, lastDay, at, rulebooks, calendar, deadlineManager);
        if (command.seriousOrWidespreadConcerns()) {
            escalate(lastDay, at, rulebooks, calendar, deadlineManager);
        }
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(SubmitReportForQa command, Rulebooks rulebooks) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        requireReport(rulebooks);
        progress.requireStatus(VisitStatus.VISIT_ENDED, "the report goes to QA after the visit has ended");
        apply(new ReportSubmittedForQa(visitId, at));
        deadlines.meet(visitId, DeadlineCode.QA_SUBMISSION.name(), at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(SendDraftReport command, Rulebooks rulebooks, WorkingDayCalendar calendar,
                       DeadlineManager deadlineManager) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        requireReport(rulebooks);
        progress.requireStatus(VisitStatus.IN_QA, "the draft is sent after the report has been submitted for QA");
        if (notifications.anyUnsentFor(REVISED_JUDGEMENT_PURPOSE)) {
            throw progress.refused(Refusal.PROVIDER_NOT_TOLD_OF_REVISED_JUDGEMENT, "a revised judgement is "
                    + "communicated to the provider, with reasons, before the draft is sent; record that "
                    + "notification as sent first");
        }
        apply(new DraftReportSent(visitId, at));
        deadlines.meet(visitId, DeadlineCode.DRAFT_REPORT.name(), at);
        startDeadlines(DeadlineTrigger.DRAFT_SENT, calendar.dayOf(at), at, rulebooks, calendar, deadlineManager);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(RecordProviderComments command, Rulebooks rulebooks) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        requireReport(rulebooks);
        progress.requireStatus(VisitStatus.DRAFT_SENT, "provider comments follow the draft report, once");
        apply(new ProviderCommentsReceived(visitId, command.comments(), at));
        deadlines.meet(visitId, DeadlineCode.PROVIDER_COMMENTS.name(), at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(SendFinalReport command, Rulebooks rulebooks, WorkingDayCalendar calendar,
                       DeadlineManager deadlineManager) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        requireReport(rulebooks);
        Rulebook rulebook = rulebook(rulebooks);
        if (progress.status() != VisitStatus.COMMENTS_RECEIVED) {
            progress.requireStatus(VisitStatus.DRAFT_SENT, "the final report follows the draft and the provider's comments");
            TrackedDeadline comments = deadlines.find(DeadlineCode.PROVIDER_COMMENTS.name()).orElseThrow();
            if (at.isBefore(comments.dueAt())) {
                throw progress.refused(Refusal.COMMENT_WINDOW_OPEN, "the provider may comment on the draft until "
                        + comments.dueAt() + "; record their comments or wait for the window to lapse");
            }
            deadlines.lapse(visitId, comments, false, MetaData.emptyInstance());
        }
        if (rulebook.childFriendlySummaryRequired() && !command.childFriendlySummaryIncluded()) {
            throw new InvalidCommandException("childFriendlySummaryIncluded",
                    "a child-friendly summary is produced after every " + visitType + " visit");
        }
        apply(new FinalReportSent(visitId, List.copyOf(command.requirements()), List.copyOf(command.recommendations()),
                command.childFriendlySummaryIncluded(), command.childFriendlySummaryAdaptedFormat(), at));
        deadlines.meet(visitId, DeadlineCode.FINAL_REPORT.name(), at);
        startDeadlines(DeadlineTrigger.FINAL_SENT, calendar.dayOf(at), at, rulebooks, calendar, deadlineManager);
        notifications.require(visitId, notifications.nextId(0), VisitNotifications.recipient("PROVIDER", provider), NotificationChannel.EMAIL,
                "Post-visit survey, sent with the final report", calendar.endOf(calendar.dayOf(at)), at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(PublishReport command, Rulebooks rulebooks) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        Optional<LetterRule> letter = rulebook(rulebooks).letterRule();
        if (letter.isPresent()) {
            progress.requireStatus(VisitStatus.VISIT_ENDED, "the letter is published after the visit has ended");
            if (letter.get().factualAccuracyCheck() && !progress.factualAccuracyChecked()) {
                throw progress.refused(Refusal.FACTUAL_ACCURACY_NOT_CHECKED,
                        "the school checks the letter for factual accuracy before it is published");
            }
        } else {
            progress.requireStatus(VisitStatus.FINAL_SENT, "the report is published after the final report was sent");
        }
        apply(new ReportPublished(visitId, command.url(), at));
        deadlines.meet(visitId, DeadlineCode.PUBLICATION.name(), at);
        // The window may have run out before the deadline manager got to say so (e.g. after downtime).
        deadlines.find(DeadlineCode.COMPLAINT_WINDOW.name())
                .filter(window -> window.state() == TrackedDeadline.State.OPEN && !at.isBefore(window.dueAt()))
                .ifPresent(window -> deadlines.lapse(visitId, window, true, MetaData.emptyInstance()));
        if (letter.isPresent()) {
            // A letter has no complaint window (seed 002): publishing it is the end of the visit.
            apply(new VisitClosed(visitId, at));
        } else {
            closeIfSettled(at, MetaData.emptyInstance());
        }
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(LodgeFormalComplaint command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        if (progress.status() == VisitStatus.WITHDRAWN) {
            throw progress.refused(Refusal.VISIT_WITHDRAWN, "a withdrawn visit has no report to complain about");
        }
        // seed 004: a complaint after the window (even on a CLOSED visit) is recorded, marked late.
        if (!REPORT_SENT.contains(progress.status())) {
            throw progress.refused(Refusal.FINAL_REPORT_NOT_SENT, "a formal complaint follows the final report "
                    + "(earlier concerns go to the lead inspector or as comments on the draft)");
        }
        boolean late = deadlines.find(DeadlineCode.COMPLAINT_WINDOW.name())
                .map(window -> at.isAfter(window.dueAt())).orElse(false);
        String complaintId = complaints.nextId();
        apply(new FormalComplaintLodged(visitId, complaintId, command.summary(), late, at));
        return CommandOutcome.of(complaintId);
    }

    @CommandHandler
    public CommandOutcome handle(ResolveFormalComplaint command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        complaints.requireOpen(visitId, command.complaintId());
        apply(new FormalComplaintResolved(visitId, command.complaintId(), command.outcome(), at));
        closeIfSettled(at, MetaData.emptyInstance());
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(WithdrawVisit command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireBeforeEnd();
        apply(new VisitWithdrawn(visitId, command.reason(), at));
        deadlines.cancelAllOpen(visitId, "visit withdrawn", at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(RecordNotificationSent command) {
        Instant at = occurredAt(command.occurredAt(), null);
        notifications.markSent(visitId, command.notificationId(), at);
        // LA_NOTIFICATION is the lead inspector's duty to tell the local authorities: met by the last of those emails.
        if (deadlines.unmet(DeadlineCode.LA_NOTIFICATION.name()).isPresent() && notifications.localAuthoritiesTold()) {
            deadlines.meet(visitId, DeadlineCode.LA_NOTIFICATION.name(), at);
        }
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(ConfirmNotificationReceipt command) {
        notifications.confirmReceipt(visitId, command.notificationId(), occurredAt(command.occurredAt(), null));
        return CommandOutcome.of(null);
    }

    // ------------------------------------------------------------------ concerns and case review

    @CommandHandler
    public CommandOutcome handle(RaiseConcern command, Rulebooks rulebooks, WorkingDayCalendar calendar,
                                 DeadlineManager deadlineManager) {
        Instant at = occurredAt(command.occurredAt(), announcedAt);
        progress.requireNotFinished();
        Rulebook rulebook = rulebook(rulebooks);
        if (!rulebook.concernCategories().contains(command.category())) {
            throw new InvalidCommandException("category", "a " + visitType + " visit under rulebook version "
                    + rulebookVersion + " takes concerns of the categories " + rulebook.concernCategories());
        }
        String concernId = concerns.nextId();
        apply(new ConcernRaised(visitId, concernId, command.category(), command.summary(), command.details(), at));
        // visit-process.md: a serious concern raised after the visit ended starts the case review from that day;
        // one recorded late but raised during the visit counts from the visit's last day, never from before it.
        LocalDate lastDay = progress.lastDayOfVisit();
        if (lastDay != null && SeriousConcerns.seriousOrWidespread(command.category())) {
            LocalDate raisedOn = calendar.dayOf(at);
            escalate(raisedOn.isBefore(lastDay) ? lastDay : raisedOn, at, rulebooks, calendar, deadlineManager);
        }
        return CommandOutcome.of(concernId);
    }

    @CommandHandler
    public CommandOutcome handle(HoldPostVisitDebrief command) {
        concerns.requireDebriefPending(progress);
        Instant at = occurredAt(command.occurredAt(), concerns.escalatedAt());
        apply(new PostVisitDebriefHeld(visitId, command.recommendation(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(DecideCaseReview command, Rulebooks rulebooks, WorkingDayCalendar calendar,
                                 DeadlineManager deadlineManager) {
        concerns.requireCaseReviewPending(progress);
        Instant at = occurredAt(command.occurredAt(), concerns.debriefAt());
        SeriousConcerns.validate(command.decisions());
        Rulebook rulebook = rulebook(rulebooks);
        boolean monitoringVisit = command.decisions().contains(CaseReviewDecision.MONITORING_VISIT);
        if (monitoringVisit && rulebook.monitoringVisitRule().isEmpty()) {
            throw new InvalidCommandException("decisions", "no monitoring visit follows a " + visitType + " visit");
        }
        apply(new CaseReviewDecided(visitId, List.copyOf(command.decisions()), command.rationale(), at));
        deadlines.meet(visitId, DeadlineCode.CASE_REVIEW.name(), at);
        requireNotifications(rulebook.notificationsAtCaseReview(), calendar.endOfWorkingDaysAfter(calendar.dayOf(at), 1),
                at);
        if (monitoringVisit) {
            MonitoringVisitRule rule = rulebook.monitoringVisitRule().orElseThrow();
            LocalDate lastDay = progress.lastDayOfVisit();
            deadlines.start(visitId, DeadlineCode.MONITORING_VISIT.name(), DeadlineCode.MONITORING_VISIT,
                    DeadlineOwner.INSPECTORATE, calendar.endOf(lastDay.plusWeeks(rule.dueWeeks())),
                    rule.rule() + " (window opens " + lastDay.plusWeeks(rule.windowOpensWeeks()) + ")", false, at,
                    deadlineManager);
        }
        return CommandOutcome.of(null);
    }

    /** Announcing the monitoring visit meets this visit's MONITORING_VISIT deadline; the process creates it. */
    @CommandHandler
    public CommandOutcome handle(CommissionMonitoringVisit command, Rulebooks rulebooks) {
        Instant decidedAt = concerns.requireMonitoringVisitToCommission(progress);
        Instant at = occurredAt(command.occurredAt(), decidedAt);
        int length = VisitGuards.plannedLength(command.plannedLengthDays(),
                VisitGuards.rulebookFor(VisitType.MONITORING, rulebooks));
        apply(new MonitoringVisitCommissioned(visitId, command.monitoringVisitId(), visitType, provider,
                placingAuthorities, command.leadInspector(), List.copyOf(command.teamInspectors()), length, at));
        deadlines.meet(visitId, DeadlineCode.MONITORING_VISIT.name(), at);
        return CommandOutcome.of(command.monitoringVisitId());
    }

    /** Sent by the monitoring-visit process; a repeated request (the process retried) records nothing. */
    @CommandHandler
    public CommandOutcome handle(RequireMonitoringOutcomeNotification command, WorkingDayCalendar calendar) {
        if (visitType != VisitType.MONITORING) {
            throw progress.refused(Refusal.NOT_A_MONITORING_VISIT, "only a monitoring visit has an outcome to report");
        }
        if (finalReportSentAt == null) {
            throw progress.refused(Refusal.FINAL_REPORT_NOT_SENT, "the outcome is reported once the final report "
                    + "was sent");
        }
        if (!notifications.anyRequiredFor(MONITORING_OUTCOME_PURPOSE)) {
            notifications.require(visitId, notifications.nextId(0), DFE, NotificationChannel.EMAIL,
                    MONITORING_OUTCOME_PURPOSE,
                    calendar.endOfWorkingDaysAfter(calendar.dayOf(finalReportSentAt), 1), finalReportSentAt);
        }
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(ReviseProvisionalJudgement command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireNotFinished();
        if (progress.status() != VisitStatus.VISIT_ENDED && progress.status() != VisitStatus.IN_QA) {
            throw progress.refused(progress.lastDayOfVisit() == null ? Refusal.VISIT_NOT_ENDED
                    : Refusal.DRAFT_ALREADY_SENT, "a provisional judgement given at feedback is revised before the "
                    + "draft report is sent");
        }
        apply(new ProvisionalJudgementRevised(visitId, command.revisedFindings(), command.reasons(), at));
        Instant draftDue = deadlines.find(DeadlineCode.DRAFT_REPORT.name()).map(TrackedDeadline::dueAt).orElseThrow();
        notifications.require(visitId, notifications.nextId(0), VisitNotifications.recipient("PROVIDER", provider),
                NotificationChannel.EMAIL, REVISED_JUDGEMENT_PURPOSE, draftDue, at);
        return CommandOutcome.of(null);
    }

    // ------------------------------------------------------------------ interim visits

    @CommandHandler
    public CommandOutcome handle(RecordDutyDeskCall command) {
        Instant at = occurredAt(command.occurredAt(), announcedAt);
        progress.requireNotFinishedOrPaused();
        apply(new DutyDeskConsulted(visitId, command.summary(), at));
        return CommandOutcome.of(null);
    }

    /** seed 002: the regional director converts an interim visit with a significant concern; the visit stops. */
    @CommandHandler
    public CommandOutcome handle(ConvertToSection8 command, Rulebooks rulebooks) {
        if (visitType != VisitType.SCHOOL_INTERIM) {
            throw progress.refused(Refusal.NOT_AN_INTERIM_VISIT, "only an interim visit is converted into a "
                    + "section 8 no formal designation inspection");
        }
        progress.requireBeforeEnd();
        if (command.nfdVisitId() == null || command.nfdVisitId().isBlank() || command.nfdVisitId().equals(visitId)) {
            throw new InvalidCommandException("nfdVisitId", "the NFD visit needs an id of its own");
        }
        Instant calledAt = concerns.requireDutyDeskConsultedOnSignificantConcern(progress);
        Instant at = occurredAt(command.occurredAt(), latest(progress.lastMilestoneAt(), calledAt));
        apply(new VisitConvertedToSection8(visitId, command.nfdVisitId(), provider, leadInspector, teamInspectors,
                command.rationale(), at));
        deadlines.cancelAllOpen(visitId, "visit converted to a section 8 inspection", at);
        requireNotifications(rulebook(rulebooks).notificationsAtConversion(), at, at);
        return CommandOutcome.of(command.nfdVisitId());
    }

    @CommandHandler
    public CommandOutcome handle(RecordFactualAccuracyCheck command, Rulebooks rulebooks) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        if (!rulebook(rulebooks).letterRule().map(LetterRule::factualAccuracyCheck).orElse(false)) {
            throw progress.refused(Refusal.NO_FACTUAL_ACCURACY_CHECK_FOR_VISIT_TYPE, "a " + visitType
                    + " visit has no letter for the school to check");
        }
        progress.requireStatus(VisitStatus.VISIT_ENDED, "the school checks the letter written after the visit");
        if (progress.factualAccuracyChecked()) {
            throw progress.refused(Refusal.FACTUAL_ACCURACY_ALREADY_CHECKED, "the letter was already checked");
        }
        apply(new FactualAccuracyChecked(visitId, command.comments(), at));
        return CommandOutcome.of(null);
    }

    // ------------------------------------------------------------------ deferral, pause, provider concerns

    @CommandHandler
    public CommandOutcome handle(RequestDeferral command, WorkingDayCalendar calendar) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireNotStarted();
        deferral.requireNonePending(progress);
        boolean late = at.isAfter(calendar.at(calendar.dayOf(announcedAt), Deferral.LATE_AFTER));
        apply(new DeferralRequested(visitId, command.reason(), late, at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(DecideDeferral command) {
        progress.requireNotStarted();
        Instant requestedAt = deferral.requirePending(progress);
        Instant at = occurredAt(command.occurredAt(), requestedAt);
        if (command.granted()) {
            apply(new DeferralGranted(visitId, command.reason(), at));
            deadlines.cancelAllOpen(visitId, "visit deferred", at);
        } else {
            apply(new DeferralRefused(visitId, command.reason(), at));
        }
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(PauseVisit command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireBeforeEnd();
        apply(new VisitPaused(visitId, command.reason(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(ResumeVisit command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requirePaused();
        apply(new VisitResumed(visitId, command.reason(), at));
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(EndVisitIncomplete command) {
        Instant at = occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requirePaused();
        apply(new VisitEndedIncomplete(visitId, command.reason(), at));
        deadlines.cancelAllOpen(visitId, "visit ended incomplete", at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    public CommandOutcome handle(RecordProviderConcern command) {
        Instant at = occurredAt(command.occurredAt(), announcedAt);
        progress.requireNotFinished();
        String providerConcernId = providerConcerns.nextId();
        apply(new ProviderConcernRecorded(visitId, providerConcernId, command.summary(), command.actionTaken(),
                command.resolved(), at));
        return CommandOutcome.of(providerConcernId);
    }

    @CommandHandler
    public CommandOutcome handle(EscalateProviderConcern command) {
        Instant at = occurredAt(command.occurredAt(), announcedAt);
        progress.requireNotFinished();
        providerConcerns.requireEscalatable(visitId, command.providerConcernId());
        apply(new ProviderConcernEscalated(visitId, command.providerConcernId(), command.escalatedTo(), at));
        return CommandOutcome.of(null);
    }

    /** The persistent deadline manager woke the visit: what it records is the system's act, not a user's. */
    @DeadlineHandler(deadlineName = DeadlineDue.NAME)
    public void on(DeadlineDue due, Rulebooks rulebooks) {
        MetaData system = EventMetadata.system(due.deadlineId());
        deadlines.find(due.deadlineId()).ifPresent(deadline -> {
            boolean window = rulebook(rulebooks).deadline(deadline.code()).map(DeadlineRule::window).orElse(false);
            deadlines.lapse(visitId, deadline, window, system);
            if (window) {
                closeIfSettled(deadline.dueAt(), system);
            }
        });
    }

    /**
     * Serious or widespread concerns: the case review and local-authority clocks start from {@code day} and the
     * notifications of the rulebook are required by the end of the next working day. Once per visit; a rulebook
     * version without these rules (RSS/SCH version 1) records the concerns only.
     */
    private void escalate(LocalDate day, Instant at, Rulebooks rulebooks, WorkingDayCalendar calendar,
                          DeadlineManager deadlineManager) {
        Rulebook rulebook = rulebook(rulebooks);
        if (concerns.escalated() || rulebook.deadlinesStartingAt(DeadlineTrigger.SERIOUS_CONCERNS).isEmpty()) {
            return;
        }
        startDeadlines(DeadlineTrigger.SERIOUS_CONCERNS, day, at, rulebooks, calendar, deadlineManager);
        requireNotifications(rulebook.notificationsAtSeriousConcerns(), calendar.endOfWorkingDaysAfter(day, 1), at);
    }

    /** Not for the creating command: ids are counted from notifications already applied. */
    private void requireNotifications(List<NotificationRule> rules, Instant dueAt, Instant at) {
        for (NotificationRule rule : rules) {
            for (String recipient : VisitNotifications.recipients(rule.recipient(), provider, placingAuthorities)) {
                notifications.require(visitId, notifications.nextId(0), recipient, rule.channel(), rule.purpose(),
                        dueAt, at);
            }
        }
    }

    private void startDeadlines(DeadlineTrigger trigger, LocalDate day, Instant at, Rulebooks rulebooks,
                                WorkingDayCalendar calendar, DeadlineManager deadlineManager) {
        for (DeadlineRule rule : rulebook(rulebooks).deadlinesStartingAt(trigger)) {
            deadlines.start(visitId, rule.code().name(), rule.code(), rule.owner(),
                    calendar.endOfWorkingDaysAfter(day, rule.workingDays()), rule.rule(), rule.window(), at,
                    deadlineManager);
        }
    }

    /** Visits ending in a published letter (interim, NFD) have no QA, draft, comments or final report. */
    private void requireReport(Rulebooks rulebooks) {
        if (rulebook(rulebooks).letterRule().isPresent()) {
            throw progress.refused(Refusal.NO_REPORT_FOR_VISIT_TYPE, "a " + visitType
                    + " visit ends in a published letter, not a report");
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    /** visit-process.md: CLOSED once published, the complaint window over and no complaint open. */
    private void closeIfSettled(Instant at, MetaData metaData) {
        if (progress.status() == VisitStatus.PUBLISHED && progress.complaintWindowOver() && !complaints.anyOpen()) {
            apply(new VisitClosed(visitId, at), metaData);
        }
    }

    private Instant occurredAt(Instant requested, Instant previousMilestone) {
        return VisitGuards.occurredAt(requested, previousMilestone, VisitClock.now());
    }

    private Rulebook rulebook(Rulebooks rulebooks) {
        return rulebooks.version(visitType, rulebookVersion);
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
        announcedAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(FinalReportSent event) {
        finalReportSentAt = event.occurredAt();
    }

}
