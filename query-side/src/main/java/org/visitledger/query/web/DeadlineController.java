package org.visitledger.query.web;

import org.visitledger.query.csv.CsvLists;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.events.Grade;
import org.visitledger.events.VisitType;
import org.visitledger.query.analytics.TimelinessFilter;
import org.visitledger.events.InspectionElement;
import org.visitledger.events.JudgementArea;
import org.visitledger.query.grades.GradeProfileFilter;
import org.visitledger.query.grades.GradeProfileProjection;
import org.visitledger.query.grades.GradeProfileRow;
import org.visitledger.query.grades.GradeProfiles;
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

/** The deadline dashboard, its summary and the analytics: timeliness and grade profile (docs/api.md, "Reads"). */
@RestController
public class DeadlineController {

    private final DeadlineBoard board;
    private final TimelinessAnalytics analytics;
    private final ReadYourWrites readYourWrites;
    private final GradeProfiles gradeProfiles;

    public DeadlineController(DeadlineBoard board, TimelinessAnalytics analytics, ReadYourWrites readYourWrites,
                              GradeProfiles gradeProfiles) {
        this.board = board;
        this.analytics = analytics;
        this.readYourWrites = readYourWrites;
        this.gradeProfiles = gradeProfiles;
    }

    @GetMapping(value = "/api/deadlines", produces = {"application/json", CsvLists.TEXT_CSV})
    public Page<DeadlineView> deadlines(@RequestParam(required = false) String visitId,
                                        @RequestParam(required = false) DeadlineStatus status,
                                        @RequestParam(required = false) DeadlineCode code,
                                        @RequestParam(required = false) DeadlineOwner owner,
                                        @RequestParam(required = false) String region,
                                        @RequestParam(required = false) Instant dueBefore,
                                        @RequestParam(required = false) Instant dueAfter,
                                        @RequestParam(required = false) VisitType visitType,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestHeader(value = ReadYourWrites.HEADER, required = false) Long minVersion) {
        readYourWrites.await(DeadlineDashboardProjection.NAME, visitId, minVersion);
        return board.find(new DeadlineFilter(visitId, status, code, owner, region, dueBefore, dueAfter, visitType,
                CallerScope.providerUrn()), PageRequest.of(page, size));
    }

    @GetMapping("/api/deadlines/summary")
    public Map<String, Map<String, Long>> summary() {
        return board.summary();
    }

    /** The grades of each council's latest LA inspection whose final report was sent (rule LA-GRADE-PROFILE). */
    @GetMapping(value = "/api/analytics/grade-profile", produces = {"application/json", CsvLists.TEXT_CSV})
    public Page<GradeProfileRow> gradeProfile(@RequestParam(required = false) String visitId,
                                              @RequestParam(required = false) String localAuthority,
                                              @RequestParam(required = false) String region,
                                              @RequestParam(required = false) InspectionElement element,
                                              @RequestParam(required = false) JudgementArea area,
                                              @RequestParam(required = false) Grade grade,
                                              @RequestParam(required = false) Boolean limited,
                                              @RequestParam(required = false) Boolean overridden,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestHeader(value = ReadYourWrites.HEADER, required = false)
                                              Long minVersion) {
        readYourWrites.await(GradeProfileProjection.NAME, visitId, minVersion);
        return gradeProfiles.find(new GradeProfileFilter(visitId, localAuthority, region, element, area, grade,
                limited, overridden, CallerScope.providerUrn()), PageRequest.of(page, size));
    }

    @GetMapping(value = "/api/analytics/timeliness", produces = {"application/json", CsvLists.TEXT_CSV})
    public List<TimelinessRow> timeliness(@RequestParam(required = false) String groupBy,
                                          @RequestParam(required = false) VisitType visitType,
                                          @RequestParam(required = false) String region,
                                          @RequestParam(required = false) Instant dueAfter,
                                          @RequestParam(required = false) Instant dueBefore) {
        TimelinessFilter filter = new TimelinessFilter(visitType, region, dueAfter, dueBefore);
        try {
            return analytics.timeliness(TimelinessGrouping.fromParameter(groupBy), filter);
        } catch (IllegalArgumentException unknown) {
            throw Problems.thrown(Problems.invalid("groupBy", "must be one of " + TimelinessGrouping.parameters()));
        }
    }
}
