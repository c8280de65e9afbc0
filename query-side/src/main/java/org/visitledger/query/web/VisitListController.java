package org.visitledger.query.web;

import org.visitledger.query.csv.CsvLists;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.events.NotificationChannel;
import org.visitledger.events.VisitType;
import org.visitledger.query.consistency.ReadYourWrites;
import org.visitledger.query.notifications.NotificationLog;
import org.visitledger.query.notifications.NotificationLogProjection;
import org.visitledger.query.notifications.NotificationStatus;
import org.visitledger.query.notifications.NotificationView;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.summary.VisitListFilter;
import org.visitledger.query.summary.VisitSummaries;
import org.visitledger.query.history.Reader;
import org.visitledger.query.summary.VisitSummaryView;
import org.visitledger.problems.Problems;
import org.visitledger.security.InspectorName;
import org.springframework.security.core.context.SecurityContextHolder;

/** The list reads (docs/api.md, "Reads"): visits and the notification log, with filters and paging. */
@RestController
public class VisitListController {

    private static final String ME = "me";

    private final VisitSummaries summaries;
    private final NotificationLog notifications;
    private final ReadYourWrites readYourWrites;

    public VisitListController(VisitSummaries summaries, NotificationLog notifications, ReadYourWrites readYourWrites) {
        this.summaries = summaries;
        this.notifications = notifications;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping(value = "/api/visits", produces = {"application/json", CsvLists.TEXT_CSV})
    public Page<VisitSummaryView> visits(@RequestParam(required = false) VisitType type,
                                         @RequestParam(required = false) SummaryStatus status,
                                         @RequestParam(required = false) String region,
                                         @RequestParam(required = false) String providerUrn,
                                         @RequestParam(required = false) String inspector,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        Page<VisitSummaryView> found = summaries.list(new VisitListFilter(type, status == null ? null : status.name(),
                region, providerUrn, leadInspector(inspector), CallerScope.providerUrn()), PageRequest.of(page, size));
        Reader reader = CallerScope.reader();
        return new Page<>(found.items().stream().map(summary -> summary.as(reader)).toList(), found.page(),
                found.size(), found.total());
    }

    /**
     * "My visits" (issue 21): {@code inspector=me} (any case) is the signed-in user's own name as visits name their
     * lead inspector ({@link InspectorName}); a caller whose sign-in carries no name is told so, not answered an
     * empty list.
     */
    private static String leadInspector(String inspector) {
        if (inspector == null || !inspector.strip().equalsIgnoreCase(ME)) {
            return inspector;
        }
        return InspectorName.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> Problems.thrown(Problems.invalid("inspector", "inspector=me needs a sign-in that "
                        + "names you as visits name their lead inspector (a token's name claim); yours does not")));
    }

    @GetMapping(value = "/api/notifications", produces = {"application/json", CsvLists.TEXT_CSV})
    public Page<NotificationView> notifications(@RequestParam(required = false) String visitId,
                                                @RequestParam(required = false) NotificationStatus status,
                                                @RequestParam(required = false) NotificationChannel channel,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size,
                                                @RequestHeader(value = ReadYourWrites.HEADER, required = false)
                                                Long minVersion) {
        readYourWrites.await(NotificationLogProjection.NAME, visitId, minVersion);
        return notifications.find(visitId, status, channel, CallerScope.providerUrn(), PageRequest.of(page, size));
    }

    /** The statuses a visit summary can show (rule VISIT-LIFECYCLE); others are a 400, not an empty list. */
    enum SummaryStatus {
        ANNOUNCED, ON_SITE, VISIT_ENDED, IN_QA, DRAFT_SENT, COMMENTS_RECEIVED, FINAL_SENT, PUBLISHED, CLOSED, WITHDRAWN,
        PAUSED, DEFERRED, INCOMPLETE, CONVERTED
    }
}
