package org.visitledger.query.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;
import org.visitledger.problems.Problems;
import org.visitledger.query.analytics.TimelinessAnalytics;
import org.visitledger.query.analytics.TimelinessGrouping;
import org.visitledger.query.analytics.TimelinessRow;
import org.visitledger.query.consistency.ReadYourWrites;
import org.visitledger.query.deadlines.DeadlineBoard;
import org.visitledger.query.deadlines.DeadlineDashboardProjection;
import org.visitledger.query.deadlines.DeadlineFilter;
import org.visitledger.query.deadlines.DeadlineStatus;
import org.visitledger.query.deadlines.DeadlineView;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The deadline dashboard, its summary and the timeliness analytics (docs/api.md, "Reads"). */
@RestController
public class DeadlineController {

    private final DeadlineBoard board;
    private final TimelinessAnalytics analytics;
    private final ReadYourWrites readYourWrites;

    public DeadlineController(DeadlineBoard board, TimelinessAnalytics analytics, ReadYourWrites readYourWrites) {
        this.board = board;
        this.analytics = analytics;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/api/deadlines")
    public Page<DeadlineView> deadlines(@RequestParam(required = false) String visitId,
                                        @RequestParam(required = false) DeadlineStatus status,
                                        @RequestParam(required = false) DeadlineCode code,
                                        @RequestParam(required = false) DeadlineOwner owner,
                                        @RequestParam(required = false) String region,
                                        @RequestParam(required = false) Instant dueBefore,
                                        @RequestParam(required = false) Instant dueAfter,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestHeader(value = ReadYourWrites.HEADER, required = false) Long minVersion) {
        readYourWrites.await(DeadlineDashboardProjection.NAME, visitId, minVersion);
        return board.find(new DeadlineFilter(visitId, status, code, owner, region, dueBefore, dueAfter,
                CallerScope.providerUrn()), PageRequest.of(page, size));
    }

    @GetMapping("/api/deadlines/summary")
    public Map<String, Map<String, Long>> summary() {
        return board.summary();
    }

    @GetMapping("/api/analytics/timeliness")
    public List<TimelinessRow> timeliness(@RequestParam(required = false) String groupBy) {
        try {
            return analytics.timeliness(TimelinessGrouping.fromParameter(groupBy));
        } catch (IllegalArgumentException unknown) {
            throw Problems.thrown(Problems.invalid("groupBy", "must be one of " + TimelinessGrouping.parameters()));
        }
    }
}
