package org.visitledger.command.visit;

import org.visitledger.events.*;
import org.visitledger.events.stream.RecordedStream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.visitledger.command.visit.LaInspectionStory.*;
import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitStories.INSPECTOR;
import static org.visitledger.command.visit.VisitStories.MANAGER;

/** The script of the recorded LA inspection story (see {@link org.visitledger.events.stream.RecordedStory}). */
final class LaStories {

    static final String COUNCIL = "council";
    static final String OVERRIDE_RATIONALE = "Children in care are kept safe in placements; the adequate grade for "
            + "staying safe reflects missing-from-care records, already put right during fieldwork";

    private LaStories() {
    }

    private static Instant at(String day, String time) {
        return CALENDAR.at(LocalDate.parse(day), java.time.LocalTime.parse(time));
    }

    /** {@link org.visitledger.events.stream.RecordedStory#LA_CHRISTMAS_2024}. */
    static RecordedStream laChristmas2024(String id) {
        StoryRecorder story = new StoryRecorder(id, at("2024-12-02", "09:00"))
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.LA_SAFEGUARDING_LAC, NORTHSHIRE, LEAD_INSPECTOR,
                        LA_TEAM, List.of(), null, null, null, null, null, null, null, null))
                .at(at("2024-12-02", "09:30")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                .at(at("2024-12-03", "11:00")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-2", null))
                .at(at("2024-12-05", "15:00")).send(COUNCIL, new RecordCaseList(id, null, 412, 268, null))
                .at(at("2024-12-06", "14:00")).send(INSPECTOR, new SelectCases(id, null, sample("SG-1",
                        CaseKind.SAFEGUARDING, 4, "LAC-1", 4), null))
                .at(at("2024-12-16", "09:00")).send(INSPECTOR, new RecordArrivalOnSite(id, null, null))
                .at(at("2024-12-16", "11:00")).send(INSPECTOR, new SelectCases(id, null, sample("SG-2",
                        CaseKind.SAFEGUARDING, 6, "LAC-2", 5), null))
                .at(at("2024-12-20", "15:00")).send(INSPECTOR, new RaiseConcern(id, null,
                        ConcernCategory.SIGNIFICANT_RISK_OF_HARM, "A child on a protection plan has had no visit for "
                        + "eleven weeks", "Case SG-2-3: the allocated social worker left in September", null))
                .at(at("2024-12-20", "15:20")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-3", null))
                .at(at("2024-12-23", "10:00")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-4", null))
                .at(at("2024-12-30", "16:00")).send(INSPECTOR, new JustifySampleShortfall(id, null, "Only five "
                        + "looked-after cases were open to the fostering team in the period", null));
        for (ElementArea area : allAreasInOrder()) {
            story.send(INSPECTOR, new RecordJudgement(id, null, area.element(), area.area(), gradeFor(area),
                    overridden(area), overridden(area) ? OVERRIDE_RATIONALE : null, null));
        }
        return story
                .at(at("2024-12-31", "14:00")).send(INSPECTOR, new GiveVerbalFeedback(id, null, false,
                        FEEDBACK_SUMMARY, null))
                .at(at("2025-01-07", "10:00")).send(INSPECTOR, new SubmitReportForQa(id, null, null))
                .at(at("2025-01-08", "10:00")).send(INSPECTOR, new SendDraftReport(id, null, null))
                .at(at("2025-01-08", "10:05")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-5", null))
                .at(at("2025-01-15", "12:00")).send(COUNCIL, new RecordProviderComments(id, null, COMMENTS, null))
                .at(at("2025-01-22", "10:00")).send(INSPECTOR, new SendFinalReport(id, null, List.of(),
                        RECOMMENDATIONS, false, false, null))
                .at(at("2025-01-22", "10:10")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-6", null))
                .send(INSPECTOR, new RecordNotificationSent(id, null, "N-7", null))
                .send(INSPECTOR, new RecordNotificationSent(id, null, "N-8", null))
                .at(at("2025-01-29", "10:00")).send(INSPECTOR, new PublishReport(id, null, REPORT_URL, null))
                .at(at("2025-02-10", "10:00")).send(COUNCIL, new LodgeFormalComplaint(id, null, COMPLAINT, null))
                .at(at("2025-02-20", "10:00")).send(MANAGER, new ResolveFormalComplaint(id, null, "C-1", OUTCOME,
                        null))
                .at(at("2025-03-03", "09:00"))
                .recorded();
    }

    private static List<SampledCase> sample(String safeguarding, CaseKind kind, int safeguardingCount,
                                            String lookedAfter, int lookedAfterCount) {
        List<SampledCase> cases = new ArrayList<>(cases(safeguarding, kind, safeguardingCount));
        cases.addAll(cases(lookedAfter, CaseKind.LOOKED_AFTER, lookedAfterCount));
        return cases;
    }

    private static Grade gradeFor(ElementArea area) {
        boolean safeguarding = area.element() == InspectionElement.SAFEGUARDING;
        if (safeguarding && area.area() == JudgementArea.CHILDREN_FEEL_SAFE
                || !safeguarding && area.area() == JudgementArea.STAYING_SAFE) {
            return Grade.ADEQUATE;
        }
        return Grade.GOOD;
    }

    /** The lead inspector keeps looked-after overall effectiveness GOOD against the limit of staying safe. */
    private static boolean overridden(ElementArea area) {
        return area.element() == InspectionElement.LOOKED_AFTER_CHILDREN
                && area.area() == JudgementArea.OVERALL_EFFECTIVENESS;
    }
}
