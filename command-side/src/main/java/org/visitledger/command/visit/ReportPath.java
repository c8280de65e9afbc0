package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.visitledger.rulebook.DeadlineTrigger;
import org.visitledger.rulebook.LetterRule;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.events.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The report after the visit: a provisional judgement revised before the draft (rule REPORT-REVISED-JUDGEMENT),
 * QA, the draft, the provider's comments, the final report and publication (rules REPORT-QA, REPORT-DRAFT,
 * REPORT-PROVIDER-COMMENTS, REPORT-FINAL, REPORT-PUBLISH); for interim and NFD visits, the published letter instead
 * (rule LETTER-NO-REPORT). Each step meets its deadline and starts the next clocks of the rulebook.
 */
final class ReportPath extends VisitArea {

    static final String REVISED_JUDGEMENT_PURPOSE = NotificationPurposes.REVISED_JUDGEMENT;
    static final String MONITORING_OUTCOME_PURPOSE = "Outcome of the monitoring visit";
    static final String DFE = "Department for Education";

    private Instant finalReportSentAt;

    ReportPath(Visit visit) {
        super(visit);
    }

    @CommandHandler
    CommandOutcome handle(ReviseProvisionalJudgement command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        progress.requireNotFinished();
        requireReport(rules);
        if (progress.status() != VisitStatus.VISIT_ENDED && progress.status() != VisitStatus.IN_QA) {
            throw visit.refused(progress.lastDayOfVisit() == null ? Refusal.VISIT_NOT_ENDED
                    : Refusal.DRAFT_ALREADY_SENT, "a provisional judgement given at feedback is revised before the "
                    + "draft report is sent");
        }
        visit.concerns().requireFindingMayBecome(command.seriousOrWidespreadConcerns());
        apply(new ProvisionalJudgementRevised(visit.id(), command.revisedFindings(), command.reasons(), at));
        Instant draftDue = visit.deadlines().find(DeadlineCode.DRAFT_REPORT.name()).map(TrackedDeadline::dueAt)
                .orElseThrow();
        VisitNotifications notifications = visit.notifications();
        notifications.require(visit.id(), notifications.nextId(0), toProvider(), NotificationChannel.EMAIL,
                REVISED_JUDGEMENT_PURPOSE, draftDue, at);
        visit.concerns().reviseFinding(command.seriousOrWidespreadConcerns(), command.reasons(), at, rules);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(SubmitReportForQa command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        requireReport(rules);
        visit.progress().requireStatus(VisitStatus.VISIT_ENDED, "the report goes to QA after the visit has ended");
        apply(new ReportSubmittedForQa(visit.id(), at));
        visit.deadlines().meet(visit.id(), DeadlineCode.QA_SUBMISSION.name(), at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(SendDraftReport command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        requireReport(rules);
        visit.progress().requireStatus(VisitStatus.IN_QA, "the draft is sent after the report has been submitted "
                + "for QA");
        if (visit.notifications().anyUnsentFor(REVISED_JUDGEMENT_PURPOSE)) {
            throw visit.refused(Refusal.PROVIDER_NOT_TOLD_OF_REVISED_JUDGEMENT, "a revised judgement is "
                    + "communicated to the provider, with reasons, before the draft is sent; record that "
                    + "notification as sent first");
        }
        apply(new DraftReportSent(visit.id(), at));
        visit.deadlines().meet(visit.id(), DeadlineCode.DRAFT_REPORT.name(), at);
        visit.startDeadlines(DeadlineTrigger.DRAFT_SENT, rules.calendar().dayOf(at), at, rules);
        visit.requireNotifications(visit.rulebook(rules).notificationsAtDraft(), rules.calendar().endOfDayOf(at), at,
                rules.calendar());
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(RecordProviderComments command, VisitRules rules) {
        Instant at = visit.occurredAt(command.occurredAt(), visit.progress().lastMilestoneAt());
        requireReport(rules);
        visit.progress().requireStatus(VisitStatus.DRAFT_SENT, "provider comments follow the draft report, once");
        apply(new ProviderCommentsReceived(visit.id(), command.comments(), at));
        visit.deadlines().meet(visit.id(), DeadlineCode.PROVIDER_COMMENTS.name(), at);
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(SendFinalReport command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        VisitDeadlines deadlines = visit.deadlines();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        requireReport(rules);
        Rulebook rulebook = visit.rulebook(rules);
        if (progress.status() != VisitStatus.COMMENTS_RECEIVED) {
            progress.requireStatus(VisitStatus.DRAFT_SENT, "the final report follows the draft and the provider's "
                    + "comments");
            TrackedDeadline comments = deadlines.find(DeadlineCode.PROVIDER_COMMENTS.name()).orElseThrow();
            if (at.isBefore(comments.dueAt())) {
                throw visit.refused(Refusal.COMMENT_WINDOW_OPEN, "the provider may comment on the draft until "
                        + comments.dueAt() + "; record their comments or wait for the window to lapse");
            }
            // Rule REPORT-COMMENTS-DUE: from RSS and SCH version 3 the comment period is a window a silent provider
            // lets run its course, not a duty it misses.
            deadlines.lapse(visit.id(), comments, rulebook.isWindow(DeadlineCode.PROVIDER_COMMENTS),
                    MetaData.emptyInstance());
        }
        if (!rulebook.requirementsAllowed() && !command.requirements().isEmpty()) {
            throw new InvalidCommandException("requirements", "a " + visit.type() + " report makes recommendations "
                    + "only (rule REPORT-RSS-RECOMMENDATIONS-ONLY): Ofsted does not regulate these schools, so it sets "
                    + "them no requirements");
        }
        Optional<List<String>> ungraded = rulebook.localAuthorityInspectionRules()
                .map(la -> visit.judgements().ungraded(la)).filter(areas -> !areas.isEmpty());
        if (ungraded.isPresent()) {
            throw visit.refused(Refusal.JUDGEMENTS_INCOMPLETE, "the report gives a grade for every area of both "
                    + "evaluation schedules; not yet graded: " + ungraded.get());
        }
        if (rulebook.childFriendlySummaryRequired() && !command.childFriendlySummaryIncluded()) {
            throw new InvalidCommandException("childFriendlySummaryIncluded",
                    "a child-friendly summary is produced after every " + visit.type() + " visit");
        }
        apply(new FinalReportSent(visit.id(), List.copyOf(command.requirements()),
                List.copyOf(command.recommendations()), command.childFriendlySummaryIncluded(),
                command.childFriendlySummaryAdaptedFormat(), at));
        deadlines.meet(visit.id(), DeadlineCode.FINAL_REPORT.name(), at);
        visit.startDeadlines(DeadlineTrigger.FINAL_SENT, rules.calendar().dayOf(at), at, rules);
        if (rulebook.postVisitSurvey()) {
            VisitNotifications notifications = visit.notifications();
            notifications.require(visit.id(), notifications.nextId(0), toProvider(), NotificationChannel.EMAIL,
                    "Post-visit survey, sent with the final report", rules.calendar().endOfDayOf(at), at);
        }
        visit.requireNotifications(rulebook.notificationsAtFinalReport(), rules.calendar().endOfDayOf(at), at,
                rules.calendar());
        return CommandOutcome.of(null);
    }

    @CommandHandler
    CommandOutcome handle(PublishReport command, VisitRules rules) {
        VisitProgress progress = visit.progress();
        VisitDeadlines deadlines = visit.deadlines();
        Instant at = visit.occurredAt(command.occurredAt(), progress.lastMilestoneAt());
        Optional<LetterRule> letter = visit.rulebook(rules).letterRule();
        if (letter.isPresent()) {
            progress.requireStatus(VisitStatus.VISIT_ENDED, "the letter is published after the visit has ended");
            if (letter.get().factualAccuracyCheck() && !progress.factualAccuracyChecked()) {
                throw visit.refused(Refusal.FACTUAL_ACCURACY_NOT_CHECKED,
                        "the school checks the letter for factual accuracy before it is published");
            }
        } else {
            progress.requireStatus(VisitStatus.FINAL_SENT, "the report is published after the final report was sent");
        }
        apply(new ReportPublished(visit.id(), command.url(), at));
        deadlines.meet(visit.id(), DeadlineCode.PUBLICATION.name(), at);
        visit.startDeadlines(DeadlineTrigger.PUBLISHED, rules.calendar().dayOf(at), at, rules);
        // Rule VISIT-CLOSED: the window may have run out before the deadline manager said so (e.g. after downtime).
        deadlines.find(DeadlineCode.COMPLAINT_WINDOW.name())
                .filter(window -> window.state() == TrackedDeadline.State.OPEN && !at.isBefore(window.dueAt()))
                .ifPresent(window -> deadlines.lapse(visit.id(), window, true, MetaData.emptyInstance()));
        if (letter.isPresent()) {
            // A letter has no complaint window (rule LETTER-NO-REPORT): publishing it is the end of the visit.
            apply(new VisitClosed(visit.id(), at));
        } else {
            visit.closeIfSettled(at, MetaData.emptyInstance());
        }
        return CommandOutcome.of(null);
    }

    /** Rule NOTIFY-DFE-MONITORING-OUTCOME: from the monitoring-visit process; a repeated request records nothing. */
    @CommandHandler
    CommandOutcome handle(RequireMonitoringOutcomeNotification command, VisitRules rules) {
        if (visit.type() != VisitType.MONITORING) {
            throw visit.refused(Refusal.NOT_A_MONITORING_VISIT, "only a monitoring visit has an outcome to report");
        }
        if (finalReportSentAt == null) {
            throw visit.refused(Refusal.FINAL_REPORT_NOT_SENT, "the outcome is reported once the final report "
                    + "was sent");
        }
        VisitNotifications notifications = visit.notifications();
        if (!notifications.anyRequiredFor(MONITORING_OUTCOME_PURPOSE)) {
            notifications.require(visit.id(), notifications.nextId(0), DFE, NotificationChannel.EMAIL,
                    MONITORING_OUTCOME_PURPOSE, rules.calendar().endOfWorkingDaysAfter(
                            rules.calendar().dayOf(finalReportSentAt), 1), finalReportSentAt);
        }
        return CommandOutcome.of(null);
    }

    /** Rule LETTER-NO-REPORT: visits ending in a published letter have no QA, draft, comments or final report. */
    private void requireReport(VisitRules rules) {
        if (visit.rulebook(rules).letterRule().isPresent()) {
            throw visit.refused(Refusal.NO_REPORT_FOR_VISIT_TYPE, "a " + visit.type()
                    + " visit ends in a published letter, not a report");
        }
    }


    private String toProvider() {
        return VisitNotifications.recipient("PROVIDER", visit.provider());
    }

    @EventSourcingHandler
    void on(FinalReportSent event) {
        finalReportSentAt = event.occurredAt();
    }
}
