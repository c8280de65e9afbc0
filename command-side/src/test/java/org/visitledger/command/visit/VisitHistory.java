package org.visitledger.command.visit;

import org.visitledger.rulebook.ArrivalDeadlineRule;
import org.visitledger.rulebook.DeadlineTrigger;
import org.visitledger.rulebook.MonitoringVisitRule;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.events.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.visitledger.command.visit.VisitFixtures.*;

/**
 * Builds the events a visit would have recorded, step by step, for use as given events. Due times come from
 * the shipped rulebook and calendar; tests assert their own expected due times as literals.
 */
final class VisitHistory {

    private record Tracked(DeadlineCode code, Instant dueAt, TrackedDeadline.State state) {
    }

    private final VisitType type;
    private final Rulebook rulebook;
    private final List<Object> events = new ArrayList<>();
    private final Map<String, Tracked> deadlines = new LinkedHashMap<>();
    private final Map<String, Boolean> complaintsResolved = new LinkedHashMap<>();
    private int notifications;
    private int informationRequests;
    private int concerns;
    private int providerConcerns;
    private LocalDate lastDay;
    private VisitType followedType;
    private boolean escalated;
    private boolean published;
    private boolean windowOver;
    private boolean commentsReceived;
    private Instant lastAt;

    private VisitHistory(VisitType type, Rulebook rulebook) {
        this.type = type;
        this.rulebook = rulebook;
    }

    /** Announced under the rulebook in force; a MONITORING visit follows {@link VisitFixtures#FOLLOWED_VISIT}. */
    static VisitHistory announced(VisitType type, Instant at) {
        return announced(RULEBOOKS.inForce(type), at);
    }

    /** Announced under an earlier rulebook version, which the visit keeps for life. */
    static VisitHistory announcedUnder(VisitType type, String rulebookVersion, Instant at) {
        return announced(RULEBOOKS.version(type, rulebookVersion), at);
    }

    /** A MONITORING visit under the rulebook in force, following a visit of {@code followedType}, as recorded. */
    static VisitHistory monitoringFollowing(VisitType followedType, Instant at) {
        return announced(RULEBOOKS.inForce(VisitType.MONITORING), followedType, at);
    }

    private static VisitHistory announced(Rulebook rulebook, Instant at) {
        return announced(rulebook, null, at);
    }

    private static VisitHistory announced(Rulebook rulebook, VisitType followedType, Instant at) {
        VisitType type = rulebook.visitType();
        VisitHistory history = new VisitHistory(type, rulebook);
        history.followedType = followedType;
        LocalDate dayOne = CALENDAR.dayOf(at);
        int length = rulebook.defaultLengthDays();
        String follows = type == VisitType.MONITORING ? FOLLOWED_VISIT : null;
        history.add(new VisitAnnounced(VISIT, type, rulebook.version(), PROVIDER, LEAD_INSPECTOR_NAME, TEAM,
                PLACING_AUTHORITIES, length, CALENDAR.lastDayOfVisit(dayOne, length), follows, followedType, at));
        rulebook.annexARule().ifPresent(annexA -> {
            Instant due = CALENDAR.at(dayOne, annexA.dueTime());
            history.add(new AnnexARequested(VISIT, annexA.items(), due, at));
            history.schedule(DeadlineCode.ANNEX_A_RETURN.name(), DeadlineCode.ANNEX_A_RETURN,
                    DeadlineOwner.PROVIDER, due, annexA.rule(), at);
        });
        rulebook.notificationsAtAnnouncement().forEach(n -> history.notificationRequired(
                PROVIDER_RECIPIENT, n.channel(), n.purpose(), CALENDAR.endOf(dayOne), at));
        return history;
    }

    /** An interim visit to {@link VisitFixtures#SCHOOL}: on site the working day after the notice (rule INTERIM-NOTICE). */
    static VisitHistory interimAnnounced(Instant noticeCall) {
        Rulebook rulebook = RULEBOOKS.inForce(VisitType.SCHOOL_INTERIM);
        LocalDate onSite = CALENDAR.workingDaysAfter(CALENDAR.dayOf(noticeCall), 1);
        return schoolVisit(rulebook, CALENDAR.lastDayOfVisit(onSite, rulebook.defaultLengthDays()), null, noticeCall);
    }

    /**
     * The SECTION8_NFD visit created at {@code at} by converting the interim visit
     * {@link VisitFixtures#FOLLOWED_VISIT}: on site from that day, its inspectors due within the rulebook's hours.
     */
    static VisitHistory nfdAnnounced(Instant at) {
        Rulebook rulebook = RULEBOOKS.inForce(VisitType.SECTION8_NFD);
        VisitHistory history = schoolVisit(rulebook,
                CALENDAR.lastDayOfVisit(CALENDAR.dayOf(at), rulebook.defaultLengthDays()), FOLLOWED_VISIT, at);
        ArrivalDeadlineRule arrival = rulebook.arrivalDeadlineRule().orElseThrow();
        return history.schedule(arrival.code().name(), arrival.code(), arrival.owner(),
                at.plus(Duration.ofHours(arrival.hours())), arrival.rule(), at);
    }

    private static VisitHistory schoolVisit(Rulebook rulebook, LocalDate plannedLastDay, String follows, Instant at) {
        VisitHistory history = new VisitHistory(rulebook.visitType(), rulebook);
        return history.add(new VisitAnnounced(VISIT, rulebook.visitType(), rulebook.version(), SCHOOL,
                LEAD_INSPECTOR_NAME, TEAM, List.of(), rulebook.defaultLengthDays(), plannedLastDay, follows, null, at));
    }

    VisitHistory annexAReturned(Instant at) {
        add(new AnnexAReturned(VISIT, at));
        return meet(DeadlineCode.ANNEX_A_RETURN.name(), at);
    }

    VisitHistory annexAMissed() {
        return lapse(DeadlineCode.ANNEX_A_RETURN.name());
    }

    VisitHistory furtherInformationRequested(Instant dueAt, Instant at) {
        String requestId = "FI-" + ++informationRequests;
        add(new FurtherInformationRequested(VISIT, requestId, FURTHER_INFORMATION_ITEMS, dueAt, at));
        return schedule(furtherInformationDeadline(requestId), DeadlineCode.FURTHER_INFORMATION,
                DeadlineOwner.PROVIDER, dueAt, InformationRequests.RULE, at);
    }

    VisitHistory furtherInformationReceived(String requestId, Instant at) {
        add(new FurtherInformationReceived(VISIT, requestId, at));
        return meet(furtherInformationDeadline(requestId), at);
    }

    VisitHistory furtherInformationMissed(String requestId) {
        return lapse(furtherInformationDeadline(requestId));
    }

    /** The arrival meets an NFD's NFD_INSPECTION deadline; other visits have no arrival deadline. */
    VisitHistory arrived(Instant at) {
        add(new InspectorsArrivedOnSite(VISIT, at));
        return meet(DeadlineCode.NFD_INSPECTION.name(), at);
    }

    /** Nobody arrived within the 48 hours (the deadline manager recorded the miss). */
    VisitHistory nfdInspectionMissed() {
        return lapse(DeadlineCode.NFD_INSPECTION.name());
    }

    VisitHistory dutyDeskConsulted(Instant at) {
        return add(new DutyDeskConsulted(VISIT, DUTY_DESK_SUMMARY, at), false);
    }

    /** The interim visit stops: open deadlines cancelled, the school to be phoned at once (notification N-n). */
    VisitHistory convertedToSection8(Instant at) {
        add(new VisitConvertedToSection8(VISIT, NFD_VISIT_ID, SCHOOL, LEAD_INSPECTOR_NAME, TEAM, CONVERSION_RATIONALE,
                at));
        cancelOpen("visit converted to a section 8 inspection", at);
        return notificationRequired(SCHOOL_RECIPIENT, NotificationChannel.PHONE, CONVERSION_PHONE_CALL, at, at);
    }

    VisitHistory factualAccuracyChecked(Instant at) {
        return add(new FactualAccuracyChecked(VISIT, LETTER_CHECK_COMMENTS, at));
    }

    /** A letter has no complaint window: publishing it closes the visit at once. */
    VisitHistory letterPublished(Instant at) {
        add(new ReportPublished(VISIT, REPORT_URL, at));
        return add(new VisitClosed(VISIT, at));
    }

    VisitHistory ended(Instant at) {
        lastDay = CALENDAR.dayOf(at);
        add(new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, at));
        add(new VisitEnded(VISIT, lastDay, at));
        return startDeadlines(DeadlineTrigger.VISIT_ENDED, lastDay, at);
    }

    /** Feedback stating serious or widespread concerns: the report clocks, then the escalation. */
    VisitHistory endedWithSeriousConcerns(Instant at) {
        lastDay = CALENDAR.dayOf(at);
        add(new VerbalFeedbackGiven(VISIT, true, SERIOUS_FEEDBACK_SUMMARY, at));
        add(new VisitEnded(VISIT, lastDay, at));
        startDeadlines(DeadlineTrigger.VISIT_ENDED, lastDay, at);
        return escalate(lastDay, at);
    }

    /**
     * A concern CON-n; a serious or widespread one recorded after the visit ended escalates from the day it was
     * raised, or from the last day of the visit when it was raised during it.
     */
    VisitHistory concernRaised(ConcernCategory category, Instant at) {
        add(new ConcernRaised(VISIT, "CON-" + ++concerns, category, CONCERN_SUMMARY, CONCERN_DETAILS, at), false);
        boolean serious = category == ConcernCategory.SERIOUS || category == ConcernCategory.WIDESPREAD;
        if (lastDay == null || !serious) {
            return this;
        }
        LocalDate raisedOn = CALENDAR.dayOf(at);
        return escalate(raisedOn.isBefore(lastDay) ? lastDay : raisedOn, at);
    }

    VisitHistory debriefHeld(Instant at) {
        return add(new PostVisitDebriefHeld(VISIT, DEBRIEF_RECOMMENDATION, at), false);
    }

    VisitHistory caseReviewDecided(List<CaseReviewDecision> decisions, Instant at) {
        add(new CaseReviewDecided(VISIT, decisions, CASE_REVIEW_RATIONALE, at), false);
        meet(DeadlineCode.CASE_REVIEW.name(), at);
        Instant dueAt = CALENDAR.endOfWorkingDaysAfter(CALENDAR.dayOf(at), 1);
        rulebook.notificationsAtCaseReview().forEach(n -> notificationRequired(n.recipient(), n.channel(),
                n.purpose(), dueAt, at));
        if (decisions.contains(CaseReviewDecision.MONITORING_VISIT)) {
            MonitoringVisitRule rule = rulebook.monitoringVisitRule().orElseThrow();
            schedule(DeadlineCode.MONITORING_VISIT.name(), DeadlineCode.MONITORING_VISIT, DeadlineOwner.INSPECTORATE,
                    CALENDAR.endOf(lastDay.plusWeeks(rule.dueWeeks())),
                    rule.rule() + " (window opens " + lastDay.plusWeeks(rule.windowOpensWeeks()) + ")", at);
        }
        return this;
    }

    VisitHistory monitoringVisitCommissioned(Instant at) {
        add(new MonitoringVisitCommissioned(VISIT, MONITORING_VISIT_ID, type, PROVIDER, PLACING_AUTHORITIES,
                LEAD_INSPECTOR_NAME, TEAM, RULEBOOKS.inForce(VisitType.MONITORING).defaultLengthDays(), at), false);
        return meet(DeadlineCode.MONITORING_VISIT.name(), at);
    }

    /** The provider must be told, with reasons, by the time the draft is due (notification N-n). */
    VisitHistory judgementRevised(Instant at) {
        add(new ProvisionalJudgementRevised(VISIT, REVISED_FINDINGS, REVISION_REASONS, at), false);
        return notificationRequired(PROVIDER_RECIPIENT, NotificationChannel.EMAIL, REVISED_JUDGEMENT,
                dueAt(DeadlineCode.DRAFT_REPORT.name()), at);
    }

    VisitHistory deferralRequested(boolean late, Instant at) {
        return add(new DeferralRequested(VISIT, DEFERRAL_REASON, late, at), false);
    }

    VisitHistory deferralGranted(Instant at) {
        add(new DeferralGranted(VISIT, DEFERRAL_DECISION, at));
        return cancelOpen("visit deferred", at);
    }

    VisitHistory deferralRefused(Instant at) {
        return add(new DeferralRefused(VISIT, DEFERRAL_DECISION, at), false);
    }

    VisitHistory paused(Instant at) {
        return add(new VisitPaused(VISIT, PAUSE_REASON, at));
    }

    /** The regional director's advice on the pause (rule PAUSE-DIRECTOR-ADVICE). */
    VisitHistory pauseAdvised(Instant at) {
        return add(new PauseAdvised(VISIT, PAUSE_ADVICE, at), false);
    }

    VisitHistory resumed(Instant at) {
        return add(new VisitResumed(VISIT, RESUME_REASON, at));
    }

    VisitHistory endedIncomplete(Instant at) {
        add(new VisitEndedIncomplete(VISIT, INCOMPLETE_REASON, at));
        return cancelOpen("visit ended incomplete", at);
    }

    /** A provider concern PC-n. */
    VisitHistory providerConcernRecorded(boolean resolved, Instant at) {
        return add(new ProviderConcernRecorded(VISIT, "PC-" + ++providerConcerns, PROVIDER_CONCERN, ACTION_TAKEN,
                resolved, at), false);
    }

    VisitHistory providerConcernEscalated(String providerConcernId, Instant at) {
        return add(new ProviderConcernEscalated(VISIT, providerConcernId, ESCALATED_TO_CONTACT, at), false);
    }

    VisitHistory submittedForQa(Instant at) {
        add(new ReportSubmittedForQa(VISIT, at));
        return meet(DeadlineCode.QA_SUBMISSION.name(), at);
    }

    VisitHistory draftSent(Instant at) {
        add(new DraftReportSent(VISIT, at));
        meet(DeadlineCode.DRAFT_REPORT.name(), at);
        return startDeadlines(DeadlineTrigger.DRAFT_SENT, CALENDAR.dayOf(at), at);
    }

    VisitHistory commentsReceived(Instant at) {
        commentsReceived = true;
        add(new ProviderCommentsReceived(VISIT, COMMENTS, at));
        return meet(DeadlineCode.PROVIDER_COMMENTS.name(), at);
    }

    /** The provider's comment window ran out without comments (the deadline manager recorded the miss). */
    VisitHistory commentWindowLapsed() {
        return lapse(DeadlineCode.PROVIDER_COMMENTS.name());
    }

    VisitHistory finalSent(Instant at) {
        if (!commentsReceived) {
            lapse(DeadlineCode.PROVIDER_COMMENTS.name());
        }
        add(new FinalReportSent(VISIT, REQUIREMENTS, RECOMMENDATIONS, type == VisitType.SCH_ASSURANCE, false, at));
        meet(DeadlineCode.FINAL_REPORT.name(), at);
        startDeadlines(DeadlineTrigger.FINAL_SENT, CALENDAR.dayOf(at), at);
        return notificationRequired(PROVIDER_RECIPIENT, NotificationChannel.EMAIL, POST_VISIT_SURVEY,
                CALENDAR.endOf(CALENDAR.dayOf(at)), at);
    }

    /** The complaint window ran its course (recorded by the deadline manager at its due time). */
    VisitHistory complaintWindowLapsed() {
        Tracked window = deadlines.get(DeadlineCode.COMPLAINT_WINDOW.name());
        add(new DeadlineMet(VISIT, DeadlineCode.COMPLAINT_WINDOW.name(), DeadlineCode.COMPLAINT_WINDOW,
                window.dueAt(), false, false, window.dueAt()), false);
        deadlines.put(DeadlineCode.COMPLAINT_WINDOW.name(), new Tracked(window.code(), window.dueAt(),
                TrackedDeadline.State.MET));
        windowOver = true;
        return closeIfSettled(window.dueAt());
    }

    VisitHistory published(Instant at) {
        published = true;
        add(new ReportPublished(VISIT, REPORT_URL, at));
        meet(DeadlineCode.PUBLICATION.name(), at);
        return closeIfSettled(at);
    }

    VisitHistory complaintLodged(Instant at) {
        String complaintId = "C-" + (complaintsResolved.size() + 1);
        Tracked window = deadlines.get(DeadlineCode.COMPLAINT_WINDOW.name());
        complaintsResolved.put(complaintId, false);
        return add(new FormalComplaintLodged(VISIT, complaintId, COMPLAINT, at.isAfter(window.dueAt()), at));
    }

    VisitHistory complaintResolved(String complaintId, Instant at) {
        complaintsResolved.put(complaintId, true);
        add(new FormalComplaintResolved(VISIT, complaintId, OUTCOME, at));
        return closeIfSettled(at);
    }

    VisitHistory withdrawn(Instant at) {
        add(new VisitWithdrawn(VISIT, WITHDRAWAL_REASON, at));
        return cancelOpen("visit withdrawn", at);
    }

    /** A notification required by the history; its id is the next N-n. */
    VisitHistory notificationRequired(String recipient, NotificationChannel channel, String purpose, Instant dueAt,
                                 Instant at) {
        return add(new NotificationRequired(VISIT, "N-" + ++notifications, recipient, channel, purpose, dueAt, at),
                false);
    }

    VisitHistory notificationSent(String notificationId, Instant at) {
        return add(new NotificationSent(VISIT, notificationId, at), false);
    }

    VisitHistory receiptConfirmed(String notificationId, Instant at) {
        return add(new NotificationReceiptConfirmed(VISIT, notificationId, at), false);
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    /** The visit's version: the sequence number of its last event. */
    long version() {
        return events.size() - 1L;
    }

    /** When the latest milestone of this history happened. */
    Instant lastAt() {
        return lastAt;
    }

    Instant dueAt(String deadlineId) {
        return deadlines.get(deadlineId).dueAt();
    }

    private VisitHistory add(Object event) {
        return add(event, true);
    }

    private VisitHistory add(Object event, boolean milestone) {
        events.add(event);
        if (milestone) {
            lastAt = ((VisitEvent) event).occurredAt();
        }
        return this;
    }

    /** Once per visit: the SERIOUS_CONCERNS clocks and notifications, as the rulebook has them. */
    private VisitHistory escalate(LocalDate day, Instant at) {
        if (escalated || rulebook.deadlinesStartingAt(DeadlineTrigger.SERIOUS_CONCERNS).isEmpty()) {
            return this;
        }
        escalated = true;
        startDeadlines(DeadlineTrigger.SERIOUS_CONCERNS, day, at);
        Instant dueAt = CALENDAR.endOfWorkingDaysAfter(day, 1);
        rulebook.notificationsAtSeriousConcerns(followedType).forEach(n -> VisitNotifications
                .recipients(n.recipient(), PROVIDER, PLACING_AUTHORITIES)
                .forEach(recipient -> notificationRequired(recipient, n.channel(), n.purpose(), dueAt, at)));
        return this;
    }

    private VisitHistory cancelOpen(String reason, Instant at) {
        deadlines.forEach((id, d) -> {
            if (d.state() == TrackedDeadline.State.OPEN || d.state() == TrackedDeadline.State.MISSED) {
                add(new DeadlineCancelled(VISIT, id, d.code(), d.dueAt(), reason, at), false);
            }
        });
        deadlines.replaceAll((id, d) -> d.state() == TrackedDeadline.State.MET ? d
                : new Tracked(d.code(), d.dueAt(), TrackedDeadline.State.CANCELLED));
        return this;
    }

    private VisitHistory startDeadlines(DeadlineTrigger trigger, LocalDate day,
                                   Instant at) {
        rulebook.deadlinesStartingAt(trigger).forEach(rule -> schedule(rule.code().name(), rule.code(),
                rule.owner(), CALENDAR.endOfWorkingDaysAfter(day, rule.workingDays()), rule.rule(), at));
        return this;
    }

    private VisitHistory schedule(String id, DeadlineCode code, DeadlineOwner owner, Instant dueAt, String rule,
                             Instant at) {
        deadlines.put(id, new Tracked(code, dueAt, TrackedDeadline.State.OPEN));
        return add(new DeadlineScheduled(VISIT, id, code, owner, dueAt, rule, at), false);
    }

    private VisitHistory meet(String id, Instant at) {
        Tracked d = deadlines.get(id);
        if (d != null && (d.state() == TrackedDeadline.State.OPEN || d.state() == TrackedDeadline.State.MISSED)) {
            add(new DeadlineMet(VISIT, id, d.code(), d.dueAt(), at.isAfter(d.dueAt()), false, at), false);
            deadlines.put(id, new Tracked(d.code(), d.dueAt(), TrackedDeadline.State.MET));
        }
        return this;
    }

    private VisitHistory lapse(String id) {
        Tracked d = deadlines.get(id);
        if (d.state() == TrackedDeadline.State.OPEN) {
            add(new DeadlineMissed(VISIT, id, d.code(), d.dueAt(), d.dueAt()), false);
            deadlines.put(id, new Tracked(d.code(), d.dueAt(), TrackedDeadline.State.MISSED));
        }
        return this;
    }

    private VisitHistory closeIfSettled(Instant at) {
        if (published && windowOver && !complaintsResolved.containsValue(false)) {
            add(new VisitClosed(VISIT, at));
        }
        return this;
    }
}
