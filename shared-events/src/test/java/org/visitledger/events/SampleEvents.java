package org.visitledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One representative instance of every event type, built from fixed values so that its serialized form never
 * drifts. Every field is set (no nulls, no empty lists) so that the golden files pin the JSON form of each field,
 * not just its name. The instances tell one secure children's home visit, except the announcement, which is a
 * monitoring visit so that {@code followsVisitId} is set.
 */
final class SampleEvents {

    static final String VISIT_ID = "6f1c3a52-8e0b-4d7f-9a41-2c5e7b9d0f13";
    static final String EARLIER_VISIT_ID = "0b7e4d21-93a6-4c58-b1f2-7d8e6a5c3b40";
    static final Instant ANNOUNCED_AT = Instant.parse("2025-04-16T08:30:00Z");
    static final Instant ANNEX_A_DUE_AT = Instant.parse("2025-04-16T12:00:00Z");
    static final LocalDate LAST_DAY_OF_VISIT = LocalDate.parse("2025-04-18");
    static final Provider PROVIDER = new Provider("SC000001", "Oakwood Secure Children's Home", "Northshire",
            "North West");
    static final List<String> ANNEX_A_ITEMS = List.of("Annex A",
            "Records of safeguarding concerns, with actions taken and outcome",
            "Periods of isolation (not 14-day admission isolation)");
    static final String DRAFT_REPORT_RULE =
            "seed 001: report sent to the provider for comments within 18 working days of the end of the visit";

    private SampleEvents() {
    }

    /** All samples, one per event type; the stored-form test fails when an event type has none. */
    static List<VisitEvent> all() {
        return List.of(visitAnnounced(), annexARequested(), annexAReturned(), furtherInformationRequested(),
                furtherInformationReceived(), inspectorsArrivedOnSite(), verbalFeedbackGiven(), visitEnded(),
                reportSubmittedForQa(), draftReportSent(), providerCommentsReceived(), finalReportSent(),
                reportPublished(), formalComplaintLodged(), formalComplaintResolved(), visitClosed(),
                visitWithdrawn(), personalDataErased(), deadlineScheduled(), deadlineMet(), deadlineMissed(), deadlineCancelled(),
                notificationRequired(), notificationSent(), notificationReceiptConfirmed(), notificationCancelled(),
                concernRaised(),
                postVisitDebriefHeld(), caseReviewDecided(), monitoringVisitCommissioned(), deferralRequested(),
                deferralGranted(), deferralRefused(), visitPaused(), visitResumed(), visitEndedIncomplete(),
                providerConcernRecorded(), providerConcernEscalated(), provisionalJudgementRevised(),
                dutyDeskConsulted(), visitConvertedToSection8(), factualAccuracyChecked(),
                seriousConcernsFindingRevised(), visitLengthAgreed(), pauseAdvised(), informalConcernHandled(),
                inspectionNoticeGiven(), caseListProvided(), casesSelected(), sampleShortfallJustified(),
                judgementRecorded());
    }

    static VisitAnnounced visitAnnounced() {
        return new VisitAnnounced(VISIT_ID, VisitType.MONITORING, "1", PROVIDER, "inspector",
                List.of("team-inspector-1", "team-inspector-2"), List.of("Northshire", "Riverside"), 2,
                LocalDate.parse("2025-04-17"), EARLIER_VISIT_ID, VisitType.SCH_ASSURANCE, ANNOUNCED_AT);
    }

    static AnnexARequested annexARequested() {
        return new AnnexARequested(VISIT_ID, ANNEX_A_ITEMS, ANNEX_A_DUE_AT, ANNOUNCED_AT);
    }

    static AnnexAReturned annexAReturned() {
        return new AnnexAReturned(VISIT_ID, Instant.parse("2025-04-16T11:45:00Z"));
    }

    static FurtherInformationRequested furtherInformationRequested() {
        return new FurtherInformationRequested(VISIT_ID, "FI-1",
                List.of("Risk assessments for children at high risk of suicide or self-harm",
                        "Records of physical restraint, including pain-inducing techniques"),
                Instant.parse("2025-04-17T09:00:00Z"), Instant.parse("2025-04-16T14:10:00Z"));
    }

    static FurtherInformationReceived furtherInformationReceived() {
        return new FurtherInformationReceived(VISIT_ID, "FI-1", Instant.parse("2025-04-17T08:40:00Z"));
    }

    static InspectorsArrivedOnSite inspectorsArrivedOnSite() {
        return new InspectorsArrivedOnSite(VISIT_ID, Instant.parse("2025-04-17T08:05:00Z"));
    }

    static VerbalFeedbackGiven verbalFeedbackGiven() {
        return new VerbalFeedbackGiven(VISIT_ID, true,
                "Provisional: records of restraint are incomplete", Instant.parse("2025-04-18T15:30:00Z"));
    }

    static VisitEnded visitEnded() {
        return new VisitEnded(VISIT_ID, LAST_DAY_OF_VISIT, Instant.parse("2025-04-18T16:00:00Z"));
    }

    static ReportSubmittedForQa reportSubmittedForQa() {
        return new ReportSubmittedForQa(VISIT_ID, Instant.parse("2025-04-22T10:00:00Z"));
    }

    static DraftReportSent draftReportSent() {
        return new DraftReportSent(VISIT_ID, Instant.parse("2025-05-06T09:15:00Z"));
    }

    static ProviderCommentsReceived providerCommentsReceived() {
        return new ProviderCommentsReceived(VISIT_ID, "Paragraph 4: the restraint log was kept on paper",
                Instant.parse("2025-05-09T13:20:00Z"));
    }

    static FinalReportSent finalReportSent() {
        return new FinalReportSent(VISIT_ID, List.of("Keep a complete record of every physical restraint"),
                List.of("Review the isolation log weekly", "Train night staff in de-escalation"), true, true,
                Instant.parse("2025-05-20T11:00:00Z"));
    }

    static ReportPublished reportPublished() {
        return new ReportPublished(VISIT_ID, "https://reports.example.org/provider/SC000001/2025-04-18",
                Instant.parse("2025-06-03T09:00:00Z"));
    }

    static FormalComplaintLodged formalComplaintLodged() {
        return new FormalComplaintLodged(VISIT_ID, "C-1", "The report misstates the restraint figures", false,
                Instant.parse("2025-05-22T10:30:00Z"));
    }

    static FormalComplaintResolved formalComplaintResolved() {
        return new FormalComplaintResolved(VISIT_ID, "C-1", "Not upheld", Instant.parse("2025-06-10T14:00:00Z"));
    }

    static VisitClosed visitClosed() {
        return new VisitClosed(VISIT_ID, Instant.parse("2025-06-10T14:00:00Z"));
    }

    static VisitWithdrawn visitWithdrawn() {
        return new VisitWithdrawn(VISIT_ID, "Announced in error: the home is closed for refurbishment",
                Instant.parse("2025-04-16T09:00:00Z"));
    }

    static PersonalDataErased personalDataErased() {
        return new PersonalDataErased(VISIT_ID, "Erasure request ER-2026-0042", Instant.parse("2026-12-05T10:00:00Z"));
    }

    static DeadlineScheduled deadlineScheduled() {
        return new DeadlineScheduled(VISIT_ID, "DRAFT_REPORT", DeadlineCode.DRAFT_REPORT, DeadlineOwner.INSPECTORATE,
                Instant.parse("2025-05-15T22:59:59Z"), DRAFT_REPORT_RULE, Instant.parse("2025-04-18T16:00:00Z"));
    }

    static DeadlineMet deadlineMet() {
        // Revision 2: a monitoring visit announced before its window opened, so that early is true here.
        return new DeadlineMet(VISIT_ID, "MONITORING_VISIT", DeadlineCode.MONITORING_VISIT,
                Instant.parse("2025-06-12T22:59:59Z"), false, true, Instant.parse("2025-05-20T09:00:00Z"));
    }

    static DeadlineMissed deadlineMissed() {
        return new DeadlineMissed(VISIT_ID, "ANNEX_A_RETURN", DeadlineCode.ANNEX_A_RETURN, ANNEX_A_DUE_AT,
                ANNEX_A_DUE_AT);
    }

    static DeadlineCancelled deadlineCancelled() {
        return new DeadlineCancelled(VISIT_ID, "FURTHER_INFORMATION:FI-1", DeadlineCode.FURTHER_INFORMATION,
                Instant.parse("2025-04-17T09:00:00Z"), "visit withdrawn", Instant.parse("2025-04-16T09:00:00Z"));
    }

    static NotificationRequired notificationRequired() {
        return new NotificationRequired(VISIT_ID, "N-1", "provider SC000001 (Oakwood Secure Children's Home)",
                NotificationChannel.EMAIL_THEN_PHONE,
                "Letter confirming the practical arrangements for the visit and the information requirements",
                Instant.parse("2025-04-16T22:59:59Z"), ANNOUNCED_AT);
    }

    static NotificationCancelled notificationCancelled() {
        return new NotificationCancelled(VISIT_ID, "N-2", "visit withdrawn", Instant.parse("2025-04-16T15:00:00Z"));
    }

    static VisitLengthAgreed visitLengthAgreed() {
        return new VisitLengthAgreed(VISIT_ID, 4, 3, "Sam Patel, regional inspection manager", ANNOUNCED_AT);
    }

    static PauseAdvised pauseAdvised() {
        return new PauseAdvised(VISIT_ID, "Resume tomorrow once the home has extra staff on site",
                Instant.parse("2025-04-17T11:30:00Z"));
    }

    static InformalConcernHandled informalConcernHandled() {
        return new InformalConcernHandled(VISIT_ID, "IC-1", "The home feels its training records were not considered",
                "Ann Hale, senior HMI", "The records will be reviewed before the draft report",
                Instant.parse("2025-04-22T10:00:00Z"));
    }

    static SeriousConcernsFindingRevised seriousConcernsFindingRevised() {
        return new SeriousConcernsFindingRevised(VISIT_ID, true,
                "QA found two restraints missing from the log: the concerns are serious",
                Instant.parse("2025-04-22T11:00:00Z"));
    }

    static NotificationSent notificationSent() {
        return new NotificationSent(VISIT_ID, "N-1", Instant.parse("2025-04-16T10:05:00Z"));
    }

    static NotificationReceiptConfirmed notificationReceiptConfirmed() {
        return new NotificationReceiptConfirmed(VISIT_ID, "N-1", Instant.parse("2025-04-16T10:20:00Z"));
    }

    static ConcernRaised concernRaised() {
        return new ConcernRaised(VISIT_ID, "CON-1", ConcernCategory.SERIOUS, "Restraint not recorded",
                "Night staff member reports unrecorded restraint of a child", Instant.parse("2025-04-17T14:00:00Z"));
    }

    static PostVisitDebriefHeld postVisitDebriefHeld() {
        return new PostVisitDebriefHeld(VISIT_ID, "Monitoring visit within 6 weeks",
                Instant.parse("2025-04-22T09:30:00Z"));
    }

    static CaseReviewDecided caseReviewDecided() {
        return new CaseReviewDecided(VISIT_ID, List.of(CaseReviewDecision.MONITORING_VISIT,
                CaseReviewDecision.ENFORCEMENT_ACTION), "Restraint practice places children at risk",
                Instant.parse("2025-04-24T15:00:00Z"));
    }

    static MonitoringVisitCommissioned monitoringVisitCommissioned() {
        return new MonitoringVisitCommissioned(VISIT_ID, EARLIER_VISIT_ID, VisitType.SCH_ASSURANCE, PROVIDER,
                List.of("Northshire"), "inspector", List.of("team-inspector-1"), 1,
                Instant.parse("2025-06-02T08:30:00Z"));
    }

    static DeferralRequested deferralRequested() {
        return new DeferralRequested(VISIT_ID, "Registered manager in hospital", true,
                Instant.parse("2025-04-16T15:45:00Z"));
    }

    static DeferralGranted deferralGranted() {
        return new DeferralGranted(VISIT_ID, "Registered manager in hospital; no deputy",
                Instant.parse("2025-04-16T16:10:00Z"));
    }

    static DeferralRefused deferralRefused() {
        return new DeferralRefused(VISIT_ID, "Deputy manager can support the visit",
                Instant.parse("2025-04-16T16:10:00Z"));
    }

    static VisitPaused visitPaused() {
        return new VisitPaused(VISIT_ID, "Serious incident at the home", Instant.parse("2025-04-17T10:00:00Z"));
    }

    static VisitResumed visitResumed() {
        return new VisitResumed(VISIT_ID, "Incident contained; staff available", Instant.parse("2025-04-17T13:00:00Z"));
    }

    static VisitEndedIncomplete visitEndedIncomplete() {
        return new VisitEndedIncomplete(VISIT_ID, "The home was closed by the provider",
                Instant.parse("2025-04-17T13:00:00Z"));
    }

    static ProviderConcernRecorded providerConcernRecorded() {
        return new ProviderConcernRecorded(VISIT_ID, "PC-1", "Inspector interviewed a child without staff present",
                "Lead inspector explained the guidance on speaking to children", false,
                Instant.parse("2025-04-17T11:00:00Z"));
    }

    static ProviderConcernEscalated providerConcernEscalated() {
        return new ProviderConcernEscalated(VISIT_ID, "PC-1",
                new EscalationContact(EscalationRole.REGIONAL_INSPECTION_MANAGER, "Regional inspection manager"),
                Instant.parse("2025-04-17T12:00:00Z"));
    }

    static ProvisionalJudgementRevised provisionalJudgementRevised() {
        return new ProvisionalJudgementRevised(VISIT_ID, "Serious concerns identified",
                "QA found restraint records that feedback had not weighed", Instant.parse("2025-04-23T10:00:00Z"));
    }

    static DutyDeskConsulted dutyDeskConsulted() {
        return new DutyDeskConsulted(VISIT_ID, "Designated safeguarding lead absent; referrals not followed up",
                Instant.parse("2025-04-17T11:30:00Z"));
    }

    static VisitConvertedToSection8 visitConvertedToSection8() {
        return new VisitConvertedToSection8(VISIT_ID, EARLIER_VISIT_ID, PROVIDER, "inspector",
                List.of("team-inspector-1"), "Safeguarding referrals not followed up", Instant.parse("2025-04-17T12:00:00Z"));
    }

    static FactualAccuracyChecked factualAccuracyChecked() {
        return new FactualAccuracyChecked(VISIT_ID, "Pupil numbers corrected", Instant.parse("2025-04-24T10:00:00Z"));
    }
    static InspectionNoticeGiven inspectionNoticeGiven() {
        return new InspectionNoticeGiven(VISIT_ID, LocalDate.parse("2025-04-16"), 0, NoNoticeReason.SERIOUS_SAFEGUARDING_CONCERNS,
                "Two serious case reviews this year found referrals not acted on",
                "seed 003 para 11: at most 10 working days' notice; none where serious concerns about safeguarding "
                        + "have been raised", ANNOUNCED_AT);
    }

    static CaseListProvided caseListProvided() {
        return new CaseListProvided(VISIT_ID, 412, 268, Instant.parse("2025-04-16T15:00:00Z"));
    }

    static CasesSelected casesSelected() {
        return new CasesSelected(VISIT_ID, SamplingStage.BEFORE_FIELDWORK,
                List.of(new SampledCase("SG-0117", CaseKind.SAFEGUARDING), new SampledCase("LAC-0042",
                        CaseKind.LOOKED_AFTER)), Instant.parse("2025-04-16T16:00:00Z"));
    }

    static SampleShortfallJustified sampleShortfallJustified() {
        return new SampleShortfallJustified(VISIT_ID, List.of(new SampleShortfall(SamplingStage.DURING_FIELDWORK,
                CaseKind.LOOKED_AFTER, 5, 6)), "Only five looked-after cases were open to the fostering team",
                Instant.parse("2025-04-29T09:00:00Z"));
    }

    static JudgementRecorded judgementRecorded() {
        return new JudgementRecorded(VISIT_ID, InspectionElement.SAFEGUARDING, JudgementArea.OVERALL_EFFECTIVENESS,
                Grade.GOOD, Grade.GOOD, List.of(new GradeLimit("seed 003 para 31: overall effectiveness is unlikely "
                        + "to be good or better if either safeguarding outcome is not judged good", Grade.ADEQUATE,
                        true)), "Children feel safe in all but one small team, where action is already under way",
                JudgementArea.CHILDREN_FEEL_SAFE, Instant.parse("2025-04-28T16:00:00Z"));
    }
}
