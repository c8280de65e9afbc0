package org.visitledger.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.visitledger.events.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.visitledger.command.visit.LaInspectionStory.*;
import static org.visitledger.command.visit.VisitFixtures.*;

/**
 * The timeline of an LA inspection (rule LA-TIMELINE; seed 003 paras 36, 48, 56 to 59, 62, 72 and table 1), over the
 * hand-counted working-day vectors of {@code la-timeline-vectors.csv}: one across Christmas and New Year 2024, one
 * across Easter and the May bank holidays of 2025. Every due time is the end of the vector's day, London time.
 */
class LaTimelineRulesTest {

    static final List<Vector> vectors = VECTORS;

    private final FixtureConfiguration<Visit> fixture = fixture();

    private static Instant end(LocalDate day) {
        return CALENDAR.endOf(day);
    }

    private static DeadlineScheduled scheduled(DeadlineCode code, DeadlineOwner owner, LocalDate due, Instant at) {
        return new DeadlineScheduled(VISIT, code.name(), code, owner, end(due), ruleText(code), at);
    }

    private static String ruleText(DeadlineCode code) {
        return RULEBOOKS.inForce(VisitType.LA_SAFEGUARDING_LAC).deadline(code).orElseThrow().rule();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("vectors")
    void la_notice_and_timeline_case_list_day_4_selection_day_5_fieldwork_days_11_to_20(Vector v) {
        Instant notified = LaInspectionStory.at(v.notified());
        fixture.givenCurrentTime(notified)
                .when(announceLa(null, null, null))
                .expectEvents(
                        new VisitAnnounced(VISIT, VisitType.LA_SAFEGUARDING_LAC, "1", NORTHSHIRE, LEAD_INSPECTOR,
                                LA_TEAM, List.of(), 10, v.feedback(), null, null, notified),
                        new InspectionNoticeGiven(VISIT, v.fieldworkStarts(), 10, null, null, INSPECTION_NOTICE_RULE,
                                notified),
                        scheduled(DeadlineCode.CASE_LIST, DeadlineOwner.PROVIDER, v.caseList(),
                                notified),
                        scheduled(DeadlineCode.INITIAL_CASE_SELECTION, DeadlineOwner.LEAD_INSPECTOR, v.selection(), notified),
                        scheduled(DeadlineCode.FIELDWORK_FEEDBACK, DeadlineOwner.LEAD_INSPECTOR, v.feedback(), notified),
                        new NotificationRequired(VISIT, "N-1", DCS, NotificationChannel.EMAIL,
                                notificationPurpose(0), end(v.notified()), notified),
                        new NotificationRequired(VISIT, "N-2", DCS, NotificationChannel.PHONE,
                                notificationPurpose(1), end(CALENDAR.workingDaysAfter(v.notified(), 1)), notified));
    }

    private static String notificationPurpose(int index) {
        return RULEBOOKS.inForce(VisitType.LA_SAFEGUARDING_LAC).notificationsAtAnnouncement().get(index).purpose();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("vectors")
    void la_case_list_due_is_met_by_the_councils_list(Vector v) {
        LaInspectionStory announced = upTo(v, Stage.ANNOUNCED);
        Instant listed = LaInspectionStory.at(v.caseList());
        fixture.given(announced.events())
                .andGivenCurrentTime(listed)
                .when(new RecordCaseList(VISIT, null, 412, 268, null))
                .expectEvents(new CaseListProvided(VISIT, 412, 268, listed),
                        new DeadlineMet(VISIT, "CASE_LIST", DeadlineCode.CASE_LIST, end(v.caseList()), false, false,
                                listed));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("vectors")
    void la_case_selection_due_is_met_when_four_and_four_cases_are_selected_before_fieldwork(Vector v) {
        LaInspectionStory listed = upTo(v, Stage.CASE_LIST);
        Instant selected = LaInspectionStory.at(v.selection());
        List<SampledCase> cases = new java.util.ArrayList<>(cases("SG-1", CaseKind.SAFEGUARDING, 4));
        cases.addAll(cases("LAC-1", CaseKind.LOOKED_AFTER, 4));
        fixture.given(listed.events())
                .andGivenCurrentTime(selected)
                .when(new SelectCases(VISIT, null, cases, null))
                .expectEvents(new CasesSelected(VISIT, SamplingStage.BEFORE_FIELDWORK, cases, selected),
                        new DeadlineMet(VISIT, "INITIAL_CASE_SELECTION", DeadlineCode.INITIAL_CASE_SELECTION,
                                end(v.selection()), false, false, selected));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("vectors")
    void la_feedback_due_ends_fieldwork_and_starts_draft_5_final_15_and_publication_20_working_days(Vector v) {
        LaInspectionStory graded = upTo(v, Stage.GRADED);
        Instant feedback = LaInspectionStory.at(v.feedback());
        fixture.given(graded.events())
                .andGivenCurrentTime(feedback)
                .when(new GiveVerbalFeedback(VISIT, null, false, FEEDBACK_SUMMARY, null))
                .expectEvents(new VerbalFeedbackGiven(VISIT, false, FEEDBACK_SUMMARY, feedback),
                        new VisitEnded(VISIT, v.feedback(), feedback),
                        new DeadlineMet(VISIT, "FIELDWORK_FEEDBACK", DeadlineCode.FIELDWORK_FEEDBACK,
                                end(v.feedback()), false, false, feedback),
                        scheduled(DeadlineCode.DRAFT_REPORT, DeadlineOwner.INSPECTORATE, v.draft(),
                                feedback),
                        scheduled(DeadlineCode.FINAL_REPORT, DeadlineOwner.INSPECTORATE, v.finalReport(), feedback),
                        scheduled(DeadlineCode.PUBLICATION, DeadlineOwner.INSPECTORATE, v.publication(), feedback));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("vectors")
    void la_draft_due_met_starts_the_councils_comments_5_working_days_and_copies_the_draft_to_the_lscb(Vector v) {
        LaInspectionStory inQa = upTo(v, Stage.QA);
        Instant draft = LaInspectionStory.at(v.draft());
        fixture.given(inQa.events())
                .andGivenCurrentTime(draft)
                .when(new SendDraftReport(VISIT, null, null))
                .expectEvents(new DraftReportSent(VISIT, draft),
                        new DeadlineMet(VISIT, "DRAFT_REPORT", DeadlineCode.DRAFT_REPORT, end(v.draft()), false,
                                false, draft),
                        scheduled(DeadlineCode.PROVIDER_COMMENTS, DeadlineOwner.PROVIDER, v.comments(), draft),
                        new NotificationRequired(VISIT, "N-3", "Chair of the Local Safeguarding Children Board, "
                                + "Northshire", NotificationChannel.EMAIL,
                                "Copy of the draft report for the factual accuracy check", end(v.draft()), draft));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("vectors")
    void la_final_due_met_copies_the_report_to_the_lead_member_lscb_chair_and_chief_executive(Vector v) {
        LaInspectionStory commented = upTo(v, Stage.COMMENTS);
        Instant sent = LaInspectionStory.at(v.finalReport());
        String copy = "Copy of the final report";
        fixture.given(commented.events())
                .andGivenCurrentTime(sent)
                .when(new SendFinalReport(VISIT, null, List.of(), RECOMMENDATIONS, false, false, null))
                .expectEvents(new FinalReportSent(VISIT, List.of(), RECOMMENDATIONS, false, false, sent),
                        new DeadlineMet(VISIT, "FINAL_REPORT", DeadlineCode.FINAL_REPORT, end(v.finalReport()), false,
                                false, sent),
                        new NotificationRequired(VISIT, "N-4", "Lead Member for Children's Services, Northshire",
                                NotificationChannel.EMAIL, copy, end(v.finalReport()), sent),
                        new NotificationRequired(VISIT, "N-5", "Chair of the Local Safeguarding Children Board, "
                                + "Northshire", NotificationChannel.EMAIL, copy, end(v.finalReport()), sent),
                        new NotificationRequired(VISIT, "N-6", "Chief Executive, Northshire",
                                NotificationChannel.EMAIL, copy, end(v.finalReport()), sent));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("vectors")
    void la_complaint_window_runs_30_calendar_days_from_publication(Vector v) {
        LaInspectionStory finalSent = upTo(v, Stage.FINAL_REPORT);
        Instant published = LaInspectionStory.at(v.publication());
        fixture.given(finalSent.events())
                .andGivenCurrentTime(published)
                .when(new PublishReport(VISIT, null, REPORT_URL, null))
                .expectEvents(new ReportPublished(VISIT, REPORT_URL, published),
                        new DeadlineMet(VISIT, "PUBLICATION", DeadlineCode.PUBLICATION, end(v.publication()), false,
                                false, published),
                        scheduled(DeadlineCode.COMPLAINT_WINDOW, DeadlineOwner.PROVIDER, v.complaintWindowEnds(), published));
    }
}
