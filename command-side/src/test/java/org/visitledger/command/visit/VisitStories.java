package org.visitledger.command.visit;

import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;

import java.time.Instant;
import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;

/**
 * The scripts of the recorded stories (see {@link RecordedStory}): who did what and when, played on the real
 * Visit aggregate. Only acts are scripted; every deadline, miss, lapse and closure is the aggregate's decision.
 * Each visit's id is its story's name.
 */
final class VisitStories {

    static final String INSPECTOR = "inspector";
    static final String PROVIDER_USER = "provider";
    static final String MANAGER = "manager";
    static final String DUTY_DESK = "dutydesk";

    private static final Provider HILL_VIEW_SCHOOL = new Provider("SC000002", "Hill View School", "Devon", "South West");
    private static final Provider RIVERSIDE_SECURE_CENTRE = new Provider("SC000003", "Riverside Secure Centre",
            "Cumbria", "North West");

    private VisitStories() {
    }

    static RecordedStream record(RecordedStory story) {
        return switch (story) {
            case RSS_EASTER_2025 -> rssEaster2025(story.fileName());
            case SCH_DECEMBER_2024 -> schDecember2024(story.fileName());
            case SCH_WITHDRAWN_MARCH_2025 -> schWithdrawnMarch2025(story.fileName());
            case SCH_SERIOUS_CONCERN_EASTER_2025 -> SeriousConcernStory.schEaster2025(story.fileName());
            case SCH_EARLY_MONITORING_VISIT_OCTOBER_2025 ->
                    SeriousConcernStory.schEarlyMonitoringVisitOctober2025(story.fileName());
            case SCH_FINDING_REVISED_SEPTEMBER_2025 ->
                    SeriousConcernStory.schFindingRevisedSeptember2025(story.fileName());
            case RSS_DEFERRED_JUNE_2025 -> SideExitStories.rssDeferredJune2025(story.fileName());
            case SCH_PAUSED_FEBRUARY_2025 -> SideExitStories.schPausedFebruary2025(story.fileName());
            case LA_CHRISTMAS_2024 -> LaStories.laChristmas2024(story.fileName());
        };
    }

    /** {@link VisitFixtures#RSS_EASTER_2025}, with the provider's emails, a complaint and its outcome. */
    private static RecordedStream rssEaster2025(String id) {
        Timeline t = RSS_EASTER_2025;
        return new StoryRecorder(id, t.announced())
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.RSS_ASSURANCE, HILL_VIEW_SCHOOL, LEAD_INSPECTOR_NAME,
                        List.of(), List.of(), null, null, null))
                .at(at("2025-04-16T09:00:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                .at(at("2025-04-16T09:05:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-2", null))
                // Returned at noon, recorded a quarter of an hour later.
                .at(at("2025-04-16T12:15:00Z")).send(INSPECTOR, new RecordAnnexAReturned(id, null, t.annexAReturned()))
                .at(t.arrived()).send(INSPECTOR, new RecordArrivalOnSite(id, null, null))
                .at(t.feedback()).send(INSPECTOR, new GiveVerbalFeedback(id, null, false, FEEDBACK_SUMMARY, null))
                .at(t.qa()).send(INSPECTOR, new SubmitReportForQa(id, null, null))
                .at(t.draft()).send(INSPECTOR, new SendDraftReport(id, null, null))
                .at(t.comments()).send(PROVIDER_USER, new RecordProviderComments(id, null, COMMENTS, null))
                .at(t.finalSent()).send(INSPECTOR, new SendFinalReport(id, null, List.of(), RECOMMENDATIONS, true,
                        false, null))
                .at(at("2025-05-22T10:05:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-3", null))
                .at(at("2025-05-23T11:00:00Z")).send(PROVIDER_USER, new LodgeFormalComplaint(id, null, COMPLAINT, null))
                .at(t.published()).send(INSPECTOR, new PublishReport(id, null, reportUrl(HILL_VIEW_SCHOOL, id), null))
                // The complaint window runs out on Friday 30 May (Monday 26 May is a bank holiday) with C-1 open.
                .at(at("2025-06-05T14:00:00Z")).send(MANAGER, new ResolveFormalComplaint(id, null, "C-1", OUTCOME, null))
                // The clocks still scheduled (final report, publication) run out and record nothing.
                .at(at("2025-06-20T00:00:00Z"))
                .recorded();
    }

    /**
     * {@link VisitFixtures#SCH_DECEMBER_2024}'s visit with things going wrong: Annex A late, a further-information
     * request never answered, QA late, no comments, the survey never sent, the report published late.
     */
    private static RecordedStream schDecember2024(String id) {
        Timeline t = SCH_DECEMBER_2024;
        return new StoryRecorder(id, at("2024-12-16T09:05:00Z"))
                // The 09:00 announcement call, recorded five minutes later.
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.SCH_ASSURANCE, PROVIDER, LEAD_INSPECTOR_NAME, TEAM,
                        PLACING_AUTHORITIES, null, null, t.announced()))
                .at(at("2024-12-16T09:40:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                // Annex A was due at 13:00.
                .at(t.arrived()).send(INSPECTOR, new RecordArrivalOnSite(id, null, null))
                .at(at("2024-12-16T14:30:00Z")).send(INSPECTOR, new RecordAnnexAReturned(id, null, null))
                .at(at("2024-12-16T15:00:00Z")).send(INSPECTOR, new RequestFurtherInformation(id, null,
                        FURTHER_INFORMATION_ITEMS, at("2024-12-17T12:00:00Z"), null))
                .at(t.feedback()).send(INSPECTOR, new GiveVerbalFeedback(id, null, false, FEEDBACK_SUMMARY, null))
                // QA was due by the end of Thursday 19 December.
                .at(at("2024-12-20T11:00:00Z")).send(INSPECTOR, new SubmitReportForQa(id, null, null))
                .at(t.draft()).send(INSPECTOR, new SendDraftReport(id, null, null))
                // No comments by the end of Friday 17 January; the final report follows the lapsed window.
                .at(t.finalSent()).send(INSPECTOR, new SendFinalReport(id, null, REQUIREMENTS, RECOMMENDATIONS, true,
                        false, null))
                // The complaint window runs out on 5 February; publication was due by the end of 13 February.
                .at(at("2025-02-17T09:00:00Z")).send(INSPECTOR, new PublishReport(id, null, reportUrl(PROVIDER, id),
                        null))
                .recorded();
    }

    /** An SCH visit withdrawn on site with one further-information request open and one already missed. */
    private static RecordedStream schWithdrawnMarch2025(String id) {
        return new StoryRecorder(id, at("2025-03-10T09:00:00Z"))
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.SCH_ASSURANCE, RIVERSIDE_SECURE_CENTRE,
                        LEAD_INSPECTOR_NAME, TEAM, List.of("Cumbria"), null, null, null))
                .at(at("2025-03-10T09:30:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                .at(at("2025-03-10T11:30:00Z")).send(INSPECTOR, new RecordAnnexAReturned(id, null, null))
                .at(at("2025-03-10T12:00:00Z")).send(INSPECTOR, new RequestFurtherInformation(id, null,
                        FURTHER_INFORMATION_ITEMS, at("2025-03-11T12:00:00Z"), null))
                .at(at("2025-03-10T12:10:00Z")).send(INSPECTOR, new RequestFurtherInformation(id, null,
                        List.of("Records of enforced single separation"), at("2025-03-11T09:00:00Z"), null))
                .at(at("2025-03-11T08:30:00Z")).send(INSPECTOR, new RecordArrivalOnSite(id, null, null))
                // FI-2 was due at 09:00.
                .at(at("2025-03-11T10:00:00Z")).send(MANAGER, new WithdrawVisit(id, null, WITHDRAWAL_REASON, null))
                // FI-1's due time passes after the withdrawal and records nothing.
                .at(at("2025-03-12T09:00:00Z"))
                .recorded();
    }

    static String reportUrl(Provider provider, String visitId) {
        return "https://reports.example.org/" + provider.urn() + "/" + visitId;
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
