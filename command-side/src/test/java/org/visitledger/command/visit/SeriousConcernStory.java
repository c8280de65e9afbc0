package org.visitledger.command.visit;

import org.visitledger.events.CaseReviewDecision;
import org.visitledger.events.ConcernCategory;
import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;

import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitStories.*;

/**
 * The script of {@link RecordedStory#SCH_SERIOUS_CONCERN_EASTER_2025}: a serious concern from the site to the
 * monitoring visit (rules CONCERN-ESCALATION, CASE-REVIEW-DECISIONS, MONITORING-COMMISSION). Only acts are scripted, as
 * in {@link VisitStories}; the escalation's deadlines and notifications, the miss and the closure are the aggregate's.
 */
final class SeriousConcernStory {

    private static final Provider BEACON_HOUSE = new Provider("SC000004", "Beacon House Secure Children's Home",
            "Leeds", "Yorkshire and the Humber");
    /** The local authorities with children placed at the home. */
    private static final List<String> PLACED_BY = List.of("Leeds", "Bradford");

    private static final String QA = "qa";

    private SeriousConcernStory() {
    }

    /**
     * Announced Tuesday 15 April 2025 (BST) for the usual 3 days; feedback on Maundy Thursday 17 April, the last day.
     * Under SCH rulebook version 3 the escalation requires N-2 (the DCS of Leeds, the home's own authority and a
     * placing one) and N-3 (the DCS of Bradford), each by email then phone, N-4 (the provider's forward) and N-5
     * (DfE), all by the end of Tuesday 22 April.
     */
    static RecordedStream schEaster2025(String id) {
        return new StoryRecorder(id, at("2025-04-15T08:00:00Z"))
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.SCH_ASSURANCE, BEACON_HOUSE, LEAD_INSPECTOR_NAME,
                        TEAM, PLACED_BY, null, null, null))
                .at(at("2025-04-15T08:30:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                .at(at("2025-04-15T11:00:00Z")).send(INSPECTOR, new RecordAnnexAReturned(id, null, null))
                .at(at("2025-04-15T12:30:00Z")).send(INSPECTOR, new RecordArrivalOnSite(id, null, null))
                .at(at("2025-04-16T10:00:00Z")).send(INSPECTOR, new RaiseConcern(id, null, ConcernCategory.SERIOUS,
                        "Restraint not recorded", "A night worker reports restraint that was never recorded", null))
                .at(at("2025-04-17T14:00:00Z")).send(INSPECTOR, new GiveVerbalFeedback(id, null, true,
                        "Provisional findings: serious concerns about the use and recording of restraint", null))
                .at(at("2025-04-17T16:00:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-2", null))
                .at(at("2025-04-17T16:10:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-4", null))
                // Good Friday and Easter Monday are bank holidays: the phone call follows on Tuesday.
                .at(at("2025-04-22T08:30:00Z")).send(INSPECTOR, new ConfirmNotificationReceipt(id, null, "N-2", null))
                .at(at("2025-04-22T09:00:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-5", null))
                .at(at("2025-04-22T10:00:00Z")).send(MANAGER, new HoldPostVisitDebrief(id, null,
                        "A monitoring visit within 6 to 8 weeks; consider enforcement action", null))
                .at(at("2025-04-22T15:00:00Z")).send(INSPECTOR, new SubmitReportForQa(id, null, null))
                // N-3 to the DCS of Bradford is never sent: LA_NOTIFICATION is missed at the end of Tuesday 22 April.
                .at(at("2025-04-25T14:00:00Z")).send(MANAGER, new DecideCaseReview(id, null,
                        List.of(CaseReviewDecision.MONITORING_VISIT, CaseReviewDecision.ENFORCEMENT_ACTION),
                        "Restraint practice places children at risk of harm", null))
                // N-6: the DfE told the proposed actions by the end of Monday 28 April.
                .at(at("2025-04-28T09:30:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-6", null))
                .at(at("2025-05-14T10:00:00Z")).send(INSPECTOR, new SendDraftReport(id, null, null))
                .at(at("2025-05-19T10:00:00Z")).send(PROVIDER_USER, new RecordProviderComments(id, null, COMMENTS,
                        null))
                .at(at("2025-05-22T10:00:00Z")).send(INSPECTOR, new SendFinalReport(id, null, REQUIREMENTS,
                        RECOMMENDATIONS, true, false, null))
                .at(at("2025-05-22T10:05:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-7", null))
                .at(at("2025-05-27T09:00:00Z")).send(INSPECTOR, new PublishReport(id, null,
                        reportUrl(BEACON_HOUSE, id), null))
                // The complaint window runs out on Friday 30 May (Monday 26 May is a bank holiday): CLOSED. The
                // monitoring visit's window opens on 29 May; it is announced on Monday 2 June, due by 12 June.
                .at(at("2025-06-02T07:30:00Z")).send(INSPECTOR, new CommissionMonitoringVisit(id, null,
                        id + "-monitoring", LEAD_INSPECTOR_NAME, List.of(), 1, null))
                // The clocks still scheduled (publication) run out and record nothing.
                .at(at("2025-06-20T00:00:00Z"))
                .recorded();
    }

    /**
     * {@link RecordedStory#SCH_EARLY_MONITORING_VISIT_OCTOBER_2025} (rule MONITORING-VISIT-EARLY): announced Monday 6
     * October 2025 (BST), a serious concern on site, feedback with serious concerns on Wednesday 8; every escalation
     * email sent and both DCS calls made the next day, the debrief and QA on Thursday 9, the case review deciding a
     * monitoring visit on Friday 10 (N-6 tells the DfE). Its window opens on Wednesday 19 November; it is announced
     * on Monday 27 October, early.
     */
    static RecordedStream schEarlyMonitoringVisitOctober2025(String id) {
        return new StoryRecorder(id, at("2025-10-06T08:00:00Z"))
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.SCH_ASSURANCE, BEACON_HOUSE, LEAD_INSPECTOR_NAME,
                        TEAM, PLACED_BY, null, null, null))
                .at(at("2025-10-06T08:30:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                .at(at("2025-10-06T10:00:00Z")).send(INSPECTOR, new RecordAnnexAReturned(id, null, null))
                .at(at("2025-10-06T11:00:00Z")).send(INSPECTOR, new RecordArrivalOnSite(id, null, null))
                .at(at("2025-10-07T10:00:00Z")).send(INSPECTOR, new RaiseConcern(id, null, ConcernCategory.SERIOUS,
                        "Night staffing below the safe level", "Two nights with one member of staff on duty", null))
                .at(at("2025-10-08T14:00:00Z")).send(INSPECTOR, new GiveVerbalFeedback(id, null, true,
                        "Provisional findings: serious concerns about night staffing", null))
                .at(at("2025-10-09T08:00:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-2", null))
                .send(INSPECTOR, new RecordNotificationSent(id, null, "N-3", null))
                .send(INSPECTOR, new RecordNotificationSent(id, null, "N-4", null))
                .send(INSPECTOR, new RecordNotificationSent(id, null, "N-5", null))
                .at(at("2025-10-09T09:00:00Z")).send(INSPECTOR, new ConfirmNotificationReceipt(id, null, "N-2", null))
                .send(INSPECTOR, new ConfirmNotificationReceipt(id, null, "N-3", null))
                .at(at("2025-10-09T10:00:00Z")).send(MANAGER, new HoldPostVisitDebrief(id, null,
                        "A monitoring visit as soon as the staffing plan is in place", null))
                .at(at("2025-10-09T15:00:00Z")).send(INSPECTOR, new SubmitReportForQa(id, null, null))
                .at(at("2025-10-10T14:00:00Z")).send(MANAGER, new DecideCaseReview(id, null,
                        List.of(CaseReviewDecision.MONITORING_VISIT), "Children at risk at night", null))
                .at(at("2025-10-13T09:00:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-6", null))
                .at(at("2025-10-27T08:00:00Z")).send(INSPECTOR, new CommissionMonitoringVisit(id, null,
                        id + "-monitoring", LEAD_INSPECTOR_NAME, List.of(), 1, null))
                .at(at("2025-10-28T09:00:00Z"))
                .recorded();
    }

    /**
     * {@link RecordedStory#SCH_FINDING_REVISED_SEPTEMBER_2025} (rule CONCERN-FINDING-REVISED): announced Monday 8
     * September 2025 (BST), feedback without serious concerns on Wednesday 10. QA revises the finding to serious on
     * Friday 12 (N-2 tells the provider; the escalation requires N-3 and N-4, the DCS of Leeds and of Bradford, N-5,
     * the provider's forward, and N-6, the DfE), the DCS of Leeds is emailed, and on Monday 15 QA revises it back
     * (N-7): the case review and local-authority clocks and N-4 to N-6 are cancelled, N-3 stays sent. The draft
     * follows once the provider has been told of both revisions.
     */
    static RecordedStream schFindingRevisedSeptember2025(String id) {
        return new StoryRecorder(id, at("2025-09-08T08:00:00Z"))
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.SCH_ASSURANCE, BEACON_HOUSE, LEAD_INSPECTOR_NAME,
                        TEAM, PLACED_BY, null, null, null))
                .at(at("2025-09-08T08:30:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                .at(at("2025-09-08T10:30:00Z")).send(INSPECTOR, new RecordAnnexAReturned(id, null, null))
                .at(at("2025-09-08T12:00:00Z")).send(INSPECTOR, new RecordArrivalOnSite(id, null, null))
                .at(at("2025-09-10T14:00:00Z")).send(INSPECTOR, new GiveVerbalFeedback(id, null, false,
                        "Provisional findings: no serious or widespread concerns", null))
                .at(at("2025-09-11T09:00:00Z")).send(INSPECTOR, new SubmitReportForQa(id, null, null))
                .at(at("2025-09-12T10:00:00Z")).send(QA, new ReviseProvisionalJudgement(id, null,
                        "Serious concerns about the recording of restraint",
                        "QA found restraints missing from the log in the evidence", true, null))
                .at(at("2025-09-12T11:00:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-3", null))
                .at(at("2025-09-15T09:00:00Z")).send(QA, new ReviseProvisionalJudgement(id, null,
                        "No serious or widespread concerns: restraint was recorded in the second log",
                        "Moderation found the second restraint log, which records every incident", false, null))
                .at(at("2025-09-15T10:00:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-2", null))
                .at(at("2025-09-15T10:05:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-7", null))
                .at(at("2025-09-16T10:00:00Z")).send(INSPECTOR, new SendDraftReport(id, null, null))
                .at(at("2025-09-17T09:00:00Z"))
                .recorded();
    }
}
