package org.visitledger.command.visit;

import org.visitledger.events.Provider;
import org.visitledger.events.VisitType;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;

import java.util.List;

import static org.visitledger.command.visit.VisitFixtures.*;
import static org.visitledger.command.visit.VisitStories.*;

/**
 * The scripts of the stories that leave the report path by a side exit (seed 004; rules DEFERRAL-DECISION,
 * PAUSE-END-INCOMPLETE, DEADLINE-CANCELLED): {@link RecordedStory#RSS_DEFERRED_JUNE_2025} and {@link
 * RecordedStory#SCH_PAUSED_FEBRUARY_2025}. Only acts are scripted, as in {@link VisitStories}; misses and cancellations
 * are the aggregate's.
 */
final class SideExitStories {

    private static final Provider BROOKFIELD_SCHOOL = new Provider("SC000005", "Brookfield Residential School",
            "Norfolk", "East of England");
    private static final Provider ELMWOOD_HOME = new Provider("SC000006", "Elmwood Secure Children's Home",
            "Staffordshire", "West Midlands");

    private static final String DIRECTOR = "director";

    private SideExitStories() {
    }

    /** Announced at 09:00 London time on Tuesday 10 June 2025 (BST); Annex A was due at 14:00, 13:00Z. */
    static RecordedStream rssDeferredJune2025(String id) {
        return new StoryRecorder(id, at("2025-06-10T08:00:00Z"))
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.RSS_ASSURANCE, BROOKFIELD_SCHOOL, LEAD_INSPECTOR_NAME,
                        List.of(), List.of(), null, null, null))
                .at(at("2025-06-10T08:20:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                // N-2, the email for parents, is never sent: the deferral cancels it (rule NOTIFY-ENDS-WITH-VISIT).
                // 15:40Z is 16:40 in London: after 16:30 on the day of notification, so the request is late.
                .at(at("2025-06-10T15:40:00Z")).send(PROVIDER_USER, new RequestDeferral(id, null,
                        "The head of care is in hospital and no senior leader can be on site this week", null))
                .at(at("2025-06-11T08:15:00Z")).send(DUTY_DESK, new DecideDeferral(id, null, true,
                        "Granted exceptionally: no senior leader available; to be rearranged", null))
                .at(at("2025-06-12T09:00:00Z"))
                .recorded();
    }

    /** Announced Monday 10 February 2025 (GMT); due times are London times, the same in UTC. */
    static RecordedStream schPausedFebruary2025(String id) {
        return new StoryRecorder(id, at("2025-02-10T09:00:00Z"))
                .send(INSPECTOR, new AnnounceVisit(id, VisitType.SCH_ASSURANCE, ELMWOOD_HOME, LEAD_INSPECTOR_NAME,
                        TEAM, List.of("Staffordshire"), null, null, null))
                .at(at("2025-02-10T09:20:00Z")).send(INSPECTOR, new RecordNotificationSent(id, null, "N-1", null))
                .at(at("2025-02-10T11:45:00Z")).send(INSPECTOR, new RecordAnnexAReturned(id, null, null))
                .at(at("2025-02-10T12:30:00Z")).send(INSPECTOR, new RequestFurtherInformation(id, null,
                        FURTHER_INFORMATION_ITEMS, at("2025-02-11T12:00:00Z"), null))
                .at(at("2025-02-10T14:00:00Z")).send(INSPECTOR, new RecordArrivalOnSite(id, null, null))
                .at(at("2025-02-11T09:30:00Z")).send(INSPECTOR, new PauseVisit(id, null,
                        "A serious incident at the home: staff are needed with the children", null))
                // FI-1 falls due at noon during the pause: a pause stops no clock. The regional director advises
                // through the duty desk before the visit resumes (rule PAUSE-DIRECTOR-ADVICE).
                .at(at("2025-02-11T12:45:00Z")).send(DIRECTOR, new AdviseOnPause(id, null,
                        "Resume this afternoon: the home has brought in extra staff", null))
                .at(at("2025-02-11T13:00:00Z")).send(INSPECTOR, new ResumeVisit(id, null,
                        "The home is settled; the duty desk agreed to resume", null))
                .at(at("2025-02-11T14:00:00Z")).send(INSPECTOR, new RequestFurtherInformation(id, null,
                        List.of("Records of enforced single separation"), at("2025-02-12T16:00:00Z"), null))
                .at(at("2025-02-12T09:00:00Z")).send(INSPECTOR, new PauseVisit(id, null,
                        "The home is in lockdown after a security incident", null))
                .at(at("2025-02-12T10:45:00Z")).send(DIRECTOR, new AdviseOnPause(id, null,
                        "End the visit incomplete and rearrange it once the lockdown is over", null))
                .at(at("2025-02-12T11:00:00Z")).send(INSPECTOR, new EndVisitIncomplete(id, null,
                        "The regional director advised ending the visit; it will be rearranged", null))
                // FI-2's due time passes after the visit ended incomplete and records nothing.
                .at(at("2025-02-13T09:00:00Z"))
                .recorded();
    }
}
