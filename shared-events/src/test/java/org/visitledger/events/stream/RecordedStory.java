package org.visitledger.events.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The visit stories whose event streams are recorded in {@code streams/<file>.json} of shared-events' test
 * resources. The command side records them by driving the real Visit aggregate (its RecordedStreamsTest fails
 * when the aggregate's output changes); the query side replays them through its projections. The files live
 * here, and travel in shared-events' test-jar, because neither side may depend on the other.
 */
public enum RecordedStory {

    /**
     * RSS assurance visit announced Wednesday 2025-04-16, feedback on Maundy Thursday: every deadline met on time,
     * the three provider emails sent, a complaint lodged inside the complaint window and resolved after it ran out,
     * which closes the published visit.
     */
    RSS_EASTER_2025("rss-easter-2025"),

    /**
     * SCH assurance visit announced Monday 2024-12-16: Annex A and the QA submission missed (the deadline manager
     * records it) then met late, a further-information request and the provider's comments missed for good, the
     * post-visit survey never sent, the report published late; closed at publication because the complaint
     * window had already run out.
     */
    SCH_DECEMBER_2024("sch-december-2024"),

    /**
     * SCH assurance visit announced Monday 2025-03-10 and withdrawn on site the next morning: Annex A stays met,
     * one further-information request still open and one already missed are cancelled.
     */
    SCH_WITHDRAWN_MARCH_2025("sch-withdrawn-march-2025"),

    /**
     * SCH assurance visit announced Tuesday 2025-04-15 (BST): a serious concern raised on site, feedback with serious
     * concerns on Maundy Thursday escalates (case review and local-authority deadlines, five notifications); the DCS
     * emailed and its receipt confirmed by phone, one placing authority never emailed, so that the local-authority
     * deadline is missed; the debrief, then a case review on time deciding a monitoring visit and enforcement action
     * (the DfE told the proposed actions); the report path on time to CLOSED; the monitoring visit commissioned
     * within its 6-8 week window.
     */
    SCH_SERIOUS_CONCERN_EASTER_2025("sch-serious-concern-easter-2025"),

    /**
     * RSS assurance visit announced Tuesday 2025-06-10 (BST): Annex A never returned (missed at 14:00), a deferral
     * requested at 16:40 London time (late: after 16:30 on the day of notification) and granted by the duty desk the
     * next morning, which cancels the missed Annex A deadline.
     */
    RSS_DEFERRED_JUNE_2025("rss-deferred-june-2025"),

    /**
     * SCH assurance visit announced Monday 2025-02-10: paused on site the next morning, a further-information request
     * missed during the pause, resumed, a second request, paused again and ended incomplete, which cancels both
     * requests' deadlines.
     */
    SCH_PAUSED_FEBRUARY_2025("sch-paused-february-2025"),

    /**
     * SCH assurance visit announced Monday 2025-09-08 (BST), feedback without serious concerns; QA revises the
     * finding to serious on Friday 12 September (escalation: case review and local-authority deadlines, four
     * notifications), the DCS of Leeds is emailed, and QA revises it back on Monday 15 September, which cancels the
     * open clocks and the three notifications not sent; the draft follows.
     */
    SCH_FINDING_REVISED_SEPTEMBER_2025("sch-finding-revised-september-2025"),

    /**
     * SCH assurance visit announced Monday 2025-10-06 (BST): serious concerns at feedback, every escalation
     * notification sent and confirmed, a case review deciding a monitoring visit, announced on 27 October before its
     * 6-8 week window opens on 19 November: the MONITORING_VISIT deadline is met early.
     */
    SCH_EARLY_MONITORING_VISIT_OCTOBER_2025("sch-early-monitoring-visit-october-2025"),

    /**
     * LA safeguarding and looked-after-children inspection of Northshire County Council (LA881), notified Monday
     * 2024-12-02 with the usual notice: the council's case list on day 4, the first 4 + 4 cases on day 5, fieldwork
     * from 16 December; a significant risk of harm raised on Friday 20 December (the DCS phoned at once, written to on
     * Monday 23 December); 6 + 5 cases during fieldwork with the shortfall justified; every area graded, children feel
     * safe ADEQUATE limiting safeguarding overall effectiveness from GOOD to ADEQUATE, staying safe ADEQUATE limiting
     * looked-after overall effectiveness, which the lead inspector overrides with a rationale; feedback on New Year's
     * Eve (day 20), the report on time across the holidays to publication on 29 January 2025; a complaint lodged on
     * 10 February and resolved, and CLOSED when the 30-day complaint window ends on 28 February.
     */
    LA_CHRISTMAS_2024("la-christmas-2024");

    private final String fileName;

    RecordedStory(String fileName) {
        this.fileName = fileName;
    }

    /** The story's name, which is also its visit's id. */
    public String fileName() {
        return fileName;
    }

    /** The committed stream, from the test classpath (shared-events' test-jar on either side). */
    public RecordedStream read() {
        String resource = "/streams/" + fileName + ".json";
        try (InputStream in = RecordedStory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No recorded stream " + resource + " on the test classpath; record it "
                        + "with the command side's RecordedStreamsTest and -Dstreams.update=true");
            }
            return RecordedStream.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed file in the source tree of the shared-events module at {@code sharedEventsModule}. */
    public Path sourceFile(Path sharedEventsModule) {
        return sharedEventsModule.resolve(Path.of("src", "test", "resources", "streams", fileName + ".json"));
    }
}
