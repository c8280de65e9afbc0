package org.visitledger.command.visit;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.visitledger.calendar.WorkingDayCalendar;
import org.visitledger.rulebook.Rulebook;
import org.visitledger.rulebook.Rulebooks;
import org.visitledger.events.*;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

/** Test-data builders and a ready fixture for the Visit aggregate's given/when/then tests. */
final class VisitFixtures {

    static final String VISIT = "visit-1";
    static final Provider PROVIDER = new Provider("SC000001", "Oakfield Secure Home", "Kent", "South East");
    static final String PROVIDER_RECIPIENT = "provider SC000001 (Oakfield Secure Home)";
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    static final Rulebooks RULEBOOKS = Rulebooks.shipped();

    static final String LEAD_INSPECTOR_NAME = "Jo Smith";
    static final List<String> TEAM = List.of("Sam Lee");
    static final List<String> PLACING_AUTHORITIES = List.of("Kent", "Medway");
    static final List<String> FURTHER_INFORMATION_ITEMS = List.of("Risk assessments for children at high risk of self-harm",
            "Records of physical restraint");
    static final String FEEDBACK_SUMMARY = "Provisional findings: no serious or widespread concerns";
    static final String COMMENTS = "Factual accuracy: the home has 8 beds, not 10";
    static final List<String> REQUIREMENTS = List.of("Review the single-separation records weekly");
    static final List<String> RECOMMENDATIONS = List.of("Offer independent advocacy at admission");
    static final String REPORT_URL = "https://reports.example.org/SC000001/visit-1";
    static final String COMPLAINT = "The lead inspector did not consider our evidence of staff training";
    static final String OUTCOME = "Not upheld";
    static final String WITHDRAWAL_REASON = "The home closed unexpectedly";
    static final String POST_VISIT_SURVEY = "Post-visit survey, sent with the final report";
    static final String ANNOUNCEMENT_LETTER =
            "Letter confirming the practical arrangements for the visit and the information requirements";
    static final String PARENTS_EMAIL =
            "Email for the school to circulate to parents: the visit is under way and how to give views to the inspector";

    static final String FOLLOWED_VISIT = "visit-0";
    static final String MONITORING_VISIT_ID = "visit-2";
    static final String SERIOUS_FEEDBACK_SUMMARY = "Provisional findings: serious concerns about the use of restraint";
    static final String CONCERN_SUMMARY = "Restraint used without a recorded risk assessment";
    static final String CONCERN_DETAILS = "A member of staff reported two incidents not in the restraint log";
    static final String DEBRIEF_RECOMMENDATION = "A monitoring visit within 6 to 8 weeks";
    static final String CASE_REVIEW_RATIONALE = "Children remain at risk until the restraint practice changes";
    static final String REVISED_FINDINGS = "Serious concerns about the recording of restraint";
    static final String REVISION_REASONS = "QA found two unrecorded restraints in the evidence";
    static final String REVISED_JUDGEMENT =
            "Revised judgement, with the reasons for the change from the provisional judgement given at feedback";
    static final String DEFERRAL_REASON = "The registered manager is in hospital";
    static final String DEFERRAL_DECISION = "Exceptional circumstances under the deferral policy";
    static final String PAUSE_REASON = "A significant incident involving a child";
    static final String PAUSE_ADVICE = "Resume once the home has extra staff on site";
    static final String RESUME_REASON = "The duty desk advised the visit can continue";
    static final String INCOMPLETE_REASON = "The regional director advised the visit cannot be completed";
    static final String PROVIDER_CONCERN = "The inspector interviewed staff without the manager present";
    static final String ACTION_TAKEN = "The lead inspector explained the interview arrangements";
    static final String ESCALATED_TO = "Regional inspection manager";
    static final EscalationContact ESCALATED_TO_CONTACT =
            new EscalationContact(EscalationRole.REGIONAL_INSPECTION_MANAGER, ESCALATED_TO);

    /**
     * The SCH test vector (rule TIME-TEST-VECTORS): announced Monday 2024-12-16, 3 days, feedback on
     * 2024-12-18 (GMT all along). Times are when each milestone happened in this story.
     */
    static final Timeline SCH_DECEMBER_2024 = new Timeline(VisitType.SCH_ASSURANCE,
            Instant.parse("2024-12-16T09:00:00Z"), Instant.parse("2024-12-16T12:30:00Z"),
            Instant.parse("2024-12-16T14:00:00Z"), Instant.parse("2024-12-18T16:00:00Z"),
            Instant.parse("2024-12-19T15:00:00Z"), Instant.parse("2025-01-10T10:00:00Z"),
            Instant.parse("2025-01-15T11:00:00Z"), Instant.parse("2025-01-29T10:00:00Z"),
            Instant.parse("2025-02-04T09:00:00Z"));

    /**
     * The RSS test vector over Easter 2025 (BST): announced Wednesday 2025-04-16, 2 days, feedback on Maundy
     * Thursday 2025-04-17.
     */
    static final Timeline RSS_EASTER_2025 = new Timeline(VisitType.RSS_ASSURANCE,
            Instant.parse("2025-04-16T08:30:00Z"), Instant.parse("2025-04-16T12:00:00Z"),
            Instant.parse("2025-04-16T12:30:00Z"), Instant.parse("2025-04-17T15:00:00Z"),
            Instant.parse("2025-04-22T10:00:00Z"), Instant.parse("2025-05-14T10:00:00Z"),
            Instant.parse("2025-05-19T10:00:00Z"), Instant.parse("2025-05-22T10:00:00Z"),
            Instant.parse("2025-05-27T09:00:00Z"));

    /**
     * A MONITORING visit of one day after the SCH visit of December 2024, inside its 6-8 week window (29 January to
     * 12 February 2025); no Annex A. The final report goes on Thursday 6 March 2025 (GMT).
     */
    static final Timeline MONITORING_FEBRUARY_2025 = new Timeline(VisitType.MONITORING,
            Instant.parse("2025-02-04T08:00:00Z"), null,
            Instant.parse("2025-02-04T09:00:00Z"), Instant.parse("2025-02-04T16:00:00Z"),
            Instant.parse("2025-02-05T10:00:00Z"), Instant.parse("2025-02-20T10:00:00Z"),
            Instant.parse("2025-02-25T10:00:00Z"), Instant.parse("2025-03-06T10:00:00Z"),
            Instant.parse("2025-03-13T10:00:00Z"));

    private VisitFixtures() {
    }

    static FixtureConfiguration<Visit> fixture() {
        AggregateTestFixture<Visit> fixture = new AggregateTestFixture<>(Visit.class);
        fixture.registerCommandHandlerInterceptor(new ReceivedWhenRecorded());
        fixture.registerInjectableResource(new VisitRules(RULEBOOKS, CALENDAR, stubDeadlineManagerOf(fixture)));
        return fixture;
    }

    /**
     * The fixture's own deadline manager, the one its deadline expectations and {@code whenTimeElapses} use. Axon
     * injects it only as a handler parameter of its own and offers no getter, so the handlers' {@link VisitRules}
     * must be given it by reading the fixture's field.
     */
    private static DeadlineManager stubDeadlineManagerOf(AggregateTestFixture<Visit> fixture) {
        try {
            Field field = AggregateTestFixture.class.getDeclaredField("deadlineManager");
            field.setAccessible(true);
            return (DeadlineManager) field.get(fixture);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Axon's AggregateTestFixture no longer keeps its deadline manager in "
                    + "the field 'deadlineManager'", e);
        }
    }

    // ---------------------------------------------------------------- commands

    static AnnounceVisit announce(VisitType type, Instant at) {
        return new AnnounceVisit(VISIT, type, PROVIDER, LEAD_INSPECTOR_NAME, TEAM, PLACING_AUTHORITIES, null, null, at);
    }

    static AnnounceVisit announce(VisitType type, Integer plannedLengthDays, Instant at) {
        return new AnnounceVisit(VISIT, type, PROVIDER, LEAD_INSPECTOR_NAME, TEAM, PLACING_AUTHORITIES, plannedLengthDays,
                null, at);
    }

    static final String RIM = "Sam Patel, regional inspection manager";

    /** A length other than the usual one, agreed by the regional inspection manager {@code agreedBy}. */
    static AnnounceVisit announceAgreed(VisitType type, Integer plannedLengthDays, String agreedBy, Instant at) {
        return new AnnounceVisit(VISIT, type, PROVIDER, LEAD_INSPECTOR_NAME, TEAM, PLACING_AUTHORITIES,
                plannedLengthDays, agreedBy, null, null, at);
    }

    static RecordAnnexAReturned annexAReturned(Instant at) {
        return new RecordAnnexAReturned(VISIT, null, at);
    }

    static RequestFurtherInformation furtherInformationRequest(Instant dueAt, Instant at) {
        return new RequestFurtherInformation(VISIT, null, FURTHER_INFORMATION_ITEMS, dueAt, at);
    }

    static RecordFurtherInformationReceived furtherInformationReceived(String requestId, Instant at) {
        return new RecordFurtherInformationReceived(VISIT, null, requestId, at);
    }

    static RecordArrivalOnSite arrival(Instant at) {
        return new RecordArrivalOnSite(VISIT, null, at);
    }

    static GiveVerbalFeedback feedback(Instant at) {
        return new GiveVerbalFeedback(VISIT, null, false, FEEDBACK_SUMMARY, at);
    }

    static SubmitReportForQa qaSubmission(Instant at) {
        return new SubmitReportForQa(VISIT, null, at);
    }

    static SendDraftReport draftReport(Instant at) {
        return new SendDraftReport(VISIT, null, at);
    }

    static RecordProviderComments providerComments(Instant at) {
        return new RecordProviderComments(VISIT, null, COMMENTS, at);
    }

    /** A final report with a child-friendly summary (required for SCH, optional for RSS). */
    static SendFinalReport finalReport(Instant at) {
        return new SendFinalReport(VISIT, null, REQUIREMENTS, RECOMMENDATIONS, true, false, at);
    }

    /** An RSS report from rulebook version 3 on: recommendations only, with the child-friendly summary. */
    static SendFinalReport rssFinalReport(Instant at) {
        return new SendFinalReport(VISIT, null, List.of(), RECOMMENDATIONS, true, false, at);
    }

    static SendFinalReport finalReportWithoutChildFriendlySummary(Instant at) {
        return new SendFinalReport(VISIT, null, REQUIREMENTS, RECOMMENDATIONS, false, false, at);
    }

    static PublishReport publication(Instant at) {
        return new PublishReport(VISIT, null, REPORT_URL, at);
    }

    static LodgeFormalComplaint complaint(Instant at) {
        return new LodgeFormalComplaint(VISIT, null, COMPLAINT, at);
    }

    static ResolveFormalComplaint resolution(String complaintId, Instant at) {
        return new ResolveFormalComplaint(VISIT, null, complaintId, OUTCOME, at);
    }

    static WithdrawVisit withdrawal(Instant at) {
        return new WithdrawVisit(VISIT, null, WITHDRAWAL_REASON, at);
    }

    static RecordNotificationSent notificationSent(String notificationId, Instant at) {
        return new RecordNotificationSent(VISIT, null, notificationId, at);
    }

    static ConfirmNotificationReceipt receiptConfirmed(String notificationId, Instant at) {
        return new ConfirmNotificationReceipt(VISIT, null, notificationId, at);
    }

    // ---------------------------------------------------------------- concerns, case review, monitoring visits

    static RaiseConcern concern(ConcernCategory category, Instant at) {
        return new RaiseConcern(VISIT, null, category, CONCERN_SUMMARY, CONCERN_DETAILS, at);
    }

    static GiveVerbalFeedback feedbackWithSeriousConcerns(Instant at) {
        return new GiveVerbalFeedback(VISIT, null, true, SERIOUS_FEEDBACK_SUMMARY, at);
    }

    static HoldPostVisitDebrief debrief(Instant at) {
        return new HoldPostVisitDebrief(VISIT, null, DEBRIEF_RECOMMENDATION, at);
    }

    static DecideCaseReview caseReview(List<CaseReviewDecision> decisions, Instant at) {
        return new DecideCaseReview(VISIT, null, decisions, CASE_REVIEW_RATIONALE, at);
    }

    /** The monitoring visit at the MONITORING rulebook's usual length. */
    static CommissionMonitoringVisit commissionMonitoringVisit(Instant at) {
        return new CommissionMonitoringVisit(VISIT, null, MONITORING_VISIT_ID, LEAD_INSPECTOR_NAME, TEAM, null, at);
    }

    static RequireMonitoringOutcomeNotification monitoringOutcome(Instant at) {
        return new RequireMonitoringOutcomeNotification(VISIT, null, at);
    }

    static ReviseProvisionalJudgement revision(Instant at) {
        return new ReviseProvisionalJudgement(VISIT, null, REVISED_FINDINGS, REVISION_REASONS, null, at);
    }

    // ---------------------------------------------------------------- deferral, pause, provider concerns

    static RequestDeferral deferralRequest(Instant at) {
        return new RequestDeferral(VISIT, null, DEFERRAL_REASON, at);
    }

    static DecideDeferral deferralDecision(boolean granted, Instant at) {
        return new DecideDeferral(VISIT, null, granted, DEFERRAL_DECISION, at);
    }

    static PauseVisit pause(Instant at) {
        return new PauseVisit(VISIT, null, PAUSE_REASON, at);
    }

    static AdviseOnPause pauseAdvice(Instant at) {
        return new AdviseOnPause(VISIT, null, PAUSE_ADVICE, at);
    }

    static ResumeVisit resume(Instant at) {
        return new ResumeVisit(VISIT, null, RESUME_REASON, at);
    }

    static EndVisitIncomplete incomplete(Instant at) {
        return new EndVisitIncomplete(VISIT, null, INCOMPLETE_REASON, at);
    }

    static RecordProviderConcern providerConcern(boolean resolved, Instant at) {
        return new RecordProviderConcern(VISIT, null, PROVIDER_CONCERN, ACTION_TAKEN, resolved, at);
    }

    static EscalateProviderConcern escalation(String providerConcernId, Instant at) {
        return new EscalateProviderConcern(VISIT, null, providerConcernId, ESCALATED_TO, null, at);
    }

    // ---------------------------------------------------------------- expected deadline events

    /** The guidance text the rulebook in force cites for a deadline (asserted, not re-derived). */
    static String rule(VisitType type, DeadlineCode code) {
        Rulebook rulebook = RULEBOOKS.inForce(type);
        return code == DeadlineCode.ANNEX_A_RETURN
                ? rulebook.annexARule().orElseThrow().rule()
                : rulebook.deadline(code).orElseThrow().rule();
    }

    static DeadlineScheduled scheduled(VisitType type, DeadlineCode code, DeadlineOwner owner, Instant dueAt,
                                       Instant at) {
        return new DeadlineScheduled(VISIT, code.name(), code, owner, dueAt, rule(type, code), at);
    }

    static DeadlineMet met(DeadlineCode code, Instant dueAt, boolean late, Instant at) {
        return new DeadlineMet(VISIT, code.name(), code, dueAt, late, false, at);
    }

    /** A missed deadline is recorded as happening at its due time. */
    static DeadlineMissed missed(DeadlineCode code, Instant dueAt) {
        return new DeadlineMissed(VISIT, code.name(), code, dueAt, dueAt);
    }

    static DeadlineDue due(DeadlineCode code) {
        return new DeadlineDue(code.name());
    }

    static String furtherInformationDeadline(String requestId) {
        return "FURTHER_INFORMATION:" + requestId;
    }

    // ---------------------------------------------------------------- given histories

    /** When each milestone of one visit's story happened; {@code annexAReturned} null for a type without one. */
    record Timeline(VisitType type, Instant announced, Instant annexAReturned, Instant arrived, Instant feedback,
                    Instant qa, Instant draft, Instant comments, Instant finalSent, Instant published) {
    }

    /** The history of the visit of {@code timeline} up to and including {@code stage}. */
    static VisitHistory visitAt(Timeline timeline, VisitStatus stage) {
        return visitAt(VisitHistory.announced(timeline.type(), timeline.announced()), timeline, stage);
    }

    /** As {@link #visitAt(Timeline, VisitStatus)}, announced under an older rulebook version. */
    static VisitHistory visitUnder(String rulebookVersion, Timeline timeline, VisitStatus stage) {
        return visitAt(VisitHistory.announcedUnder(timeline.type(), rulebookVersion, timeline.announced()), timeline,
                stage);
    }

    private static VisitHistory visitAt(VisitHistory history, Timeline timeline, VisitStatus stage) {
        if (stage == VisitStatus.ANNOUNCED) {
            return history;
        }
        if (timeline.annexAReturned() != null) {
            history.annexAReturned(timeline.annexAReturned());
        }
        history.arrived(timeline.arrived());
        if (stage == VisitStatus.WITHDRAWN) {
            return history.withdrawn(timeline.arrived().plusSeconds(3600));
        }
        List<VisitStatus> path = List.of(VisitStatus.ON_SITE, VisitStatus.VISIT_ENDED, VisitStatus.IN_QA,
                VisitStatus.DRAFT_SENT, VisitStatus.COMMENTS_RECEIVED, VisitStatus.FINAL_SENT, VisitStatus.PUBLISHED,
                VisitStatus.CLOSED);
        for (VisitStatus reached : path.subList(1, path.indexOf(stage) + 1)) {
            switch (reached) {
                case VISIT_ENDED -> history.ended(timeline.feedback());
                case IN_QA -> history.submittedForQa(timeline.qa());
                case DRAFT_SENT -> history.draftSent(timeline.draft());
                case COMMENTS_RECEIVED -> history.commentsReceived(timeline.comments());
                case FINAL_SENT -> history.finalSent(timeline.finalSent());
                case PUBLISHED -> history.published(timeline.published());
                case CLOSED -> history.complaintWindowLapsed();
                default -> throw new IllegalArgumentException("not on the report path: " + reached);
            }
        }
        return history;
    }

    static VisitHistory schVisitAt(VisitStatus stage) {
        return visitAt(SCH_DECEMBER_2024, stage);
    }

    static VisitHistory rssVisitAt(VisitStatus stage) {
        return visitAt(RSS_EASTER_2025, stage);
    }

    static VisitHistory monitoringVisitAt(VisitStatus stage) {
        return visitAt(MONITORING_FEBRUARY_2025, stage);
    }

    /**
     * The visit of {@code timeline} ended with serious concerns: a SERIOUS concern (CON-1) raised on site two hours
     * after the arrival, then feedback stating serious concerns, which escalates.
     */
    static VisitHistory endedWithSeriousConcerns(Timeline timeline) {
        return endedWithSeriousConcerns(visitAt(timeline, VisitStatus.ON_SITE), timeline);
    }

    /** As {@link #endedWithSeriousConcerns(Timeline)}, announced under an older rulebook version. */
    static VisitHistory endedWithSeriousConcernsUnder(String rulebookVersion, Timeline timeline) {
        return endedWithSeriousConcerns(visitUnder(rulebookVersion, timeline, VisitStatus.ON_SITE), timeline);
    }

    private static VisitHistory endedWithSeriousConcerns(VisitHistory onSite, Timeline timeline) {
        return onSite.concernRaised(ConcernCategory.SERIOUS, timeline.arrived().plusSeconds(2 * 3600))
                .endedWithSeriousConcerns(timeline.feedback());
    }

    // ---------------------------------------------------------------- interim visits and NFD inspections (seed 002)

    static final Provider SCHOOL = new Provider("100001", "Brook Lane Primary", "Leeds", "Yorkshire and the Humber");
    static final String SCHOOL_RECIPIENT = "provider 100001 (Brook Lane Primary)";
    /** The NFD visit a conversion of {@link #VISIT} creates. */
    static final String NFD_VISIT_ID = "visit-3";
    static final String DUTY_DESK_SUMMARY = "Discussed the referrals to children's social care that were never made";
    static final String CONVERSION_RATIONALE = "Safeguarding referrals not made: investigate under section 8";
    static final String CONVERSION_PHONE_CALL =
            "The interim visit becomes a section 8 no formal designation inspection";
    static final String LETTER_CHECK_COMMENTS = "Pupil numbers corrected: 212 on roll, not 221";

    /**
     * The interim visit's story, October 2025 (BST, London = Z + 1): the notice call at 10:00 on Wednesday 1
     * October, the inspectors on site from 09:00 on Thursday 2 October, the visit over at 15:30 that day.
     */
    static final Instant INTERIM_NOTICE_CALL = Instant.parse("2025-10-01T09:00:00Z");
    static final Instant INTERIM_ARRIVED = Instant.parse("2025-10-02T08:00:00Z");
    static final Instant INTERIM_ENDED = Instant.parse("2025-10-02T14:30:00Z");

    /**
     * The NFD's story: created by the conversion at 12:30 on Thursday 2 October 2025 (its inspectors are due on
     * site by 12:30 on Saturday 4 October), the inspectors on site at 12:45, the inspection over at 17:00.
     */
    static final Instant NFD_CREATED = Instant.parse("2025-10-02T11:30:00Z");
    static final Instant NFD_ARRIVED = Instant.parse("2025-10-02T11:45:00Z");
    static final Instant NFD_ENDED = Instant.parse("2025-10-02T16:00:00Z");

    /** A visit to {@link #SCHOOL}, which has no placing authorities; {@code followsVisitId} null for none. */
    static AnnounceVisit announceSchoolVisit(VisitType type, Integer plannedLengthDays, String followsVisitId,
                                             Instant at) {
        return new AnnounceVisit(VISIT, type, SCHOOL, LEAD_INSPECTOR_NAME, TEAM, List.of(), plannedLengthDays,
                followsVisitId, at);
    }

    static AnnounceVisit announceInterim(Instant at) {
        return announceSchoolVisit(VisitType.SCHOOL_INTERIM, null, null, at);
    }

    /** What the conversion process sends: the NFD following the converted interim visit {@link #FOLLOWED_VISIT}. */
    static AnnounceVisit announceNfd(Instant at) {
        return announceSchoolVisit(VisitType.SECTION8_NFD, null, FOLLOWED_VISIT, at);
    }

    static RecordDutyDeskCall dutyDeskCall(Instant at) {
        return new RecordDutyDeskCall(VISIT, null, DUTY_DESK_SUMMARY, at);
    }

    static ConvertToSection8 conversion(Instant at) {
        return new ConvertToSection8(VISIT, null, NFD_VISIT_ID, CONVERSION_RATIONALE, at);
    }

    static RecordFactualAccuracyCheck factualAccuracyCheck(Instant at) {
        return new RecordFactualAccuracyCheck(VISIT, null, LETTER_CHECK_COMMENTS, at);
    }

    /** The interim visit of the October 2025 story at ANNOUNCED, ON_SITE or VISIT_ENDED (no concern raised). */
    static VisitHistory interimVisitAt(VisitStatus stage) {
        return upTo(VisitHistory.interimAnnounced(INTERIM_NOTICE_CALL), stage, INTERIM_ARRIVED, INTERIM_ENDED);
    }

    /** The NFD of the October 2025 story at ANNOUNCED (just created), ON_SITE or VISIT_ENDED. */
    static VisitHistory nfdVisitAt(VisitStatus stage) {
        return upTo(VisitHistory.nfdAnnounced(NFD_CREATED), stage, NFD_ARRIVED, NFD_ENDED);
    }

    private static VisitHistory upTo(VisitHistory announced, VisitStatus stage, Instant arrived, Instant ended) {
        return switch (stage) {
            case ANNOUNCED -> announced;
            case ON_SITE -> announced.arrived(arrived);
            case VISIT_ENDED -> announced.arrived(arrived).ended(ended);
            default -> throw new IllegalArgumentException("a letter visit's story stops at the end of the visit: "
                    + stage);
        };
    }
}
