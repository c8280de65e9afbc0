package org.visitledger.query.web;

import org.visitledger.query.csv.CsvLists;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.lifecycle.NextAction;
import org.visitledger.lifecycle.NextActions;
import org.visitledger.lifecycle.VisitPositions;
import org.visitledger.problems.Problems;
import org.springframework.security.core.context.SecurityContextHolder;
import org.visitledger.query.audit.HistoryReadLog;
import org.visitledger.query.consistency.ReadYourWrites;
import org.visitledger.query.history.HistoryEntry;
import org.visitledger.query.history.VisitHistory;
import org.visitledger.query.history.VisitItems;
import org.visitledger.query.history.VisitStateView;
import org.visitledger.query.history.VisitTimeTravel;
import org.visitledger.query.summary.VisitSummaries;
import org.visitledger.query.summary.VisitSummaryProjection;
import org.visitledger.query.summary.VisitSummaryView;
import org.visitledger.security.ProviderScope;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/visits/{id} (summary projection), /history, /state and the items commands created (concerns, complaints,
 * information requests, provider and informal concerns), all but the summary from the event store itself.
 */
@RestController
@RequestMapping("/api/visits/{visitId}")
public class VisitQueryController {

    private final VisitSummaries summaries;
    private final VisitHistory history;
    private final VisitTimeTravel timeTravel;
    private final ReadYourWrites readYourWrites;
    private final HistoryReadLog readLog;
    private final ProviderScope providerScope;
    private final VisitItems items;
    private final VisitPositions positions;
    private final NextActions nextActions;

    public VisitQueryController(VisitSummaries summaries, VisitHistory history, VisitTimeTravel timeTravel,
                                ReadYourWrites readYourWrites, HistoryReadLog readLog, ProviderScope providerScope,
                                VisitItems items, VisitPositions positions, NextActions nextActions) {
        this.items = items;
        this.positions = positions;
        this.nextActions = nextActions;
        this.summaries = summaries;
        this.history = history;
        this.timeTravel = timeTravel;
        this.readYourWrites = readYourWrites;
        this.readLog = readLog;
        this.providerScope = providerScope;
    }

    @GetMapping
    public VisitSummaryView summary(@PathVariable String visitId,
                                    @RequestHeader(value = ReadYourWrites.HEADER, required = false) Long minVersion) {
        readYourWrites.await(VisitSummaryProjection.NAME, visitId, minVersion);
        // Another provider's visit answers as unknown: its existence is not revealed.
        VisitSummaryView summary = summaries.find(visitId)
                .filter(found -> ProviderScope.allowsProvider(found.provider().urn()))
                .orElseThrow(() -> VisitNotFoundException.of(visitId));
        // Issue 21: the commands the caller may send next, as of the summary's version.
        List<NextAction> next = positions.at(visitId, summary.version(),
                        position -> nextActions.of(position, SecurityContextHolder.getContext().getAuthentication()))
                .orElse(List.of());
        return summary.as(CallerScope.reader()).withActions(next);
    }

    /** Time travel for auditors: exactly one of {@code asOf} (a recorded instant) or {@code version}. */
    @GetMapping("/state")
    public VisitStateView state(@PathVariable String visitId, @RequestParam(required = false) Instant asOf,
                                @RequestParam(required = false) Long version) {
        requireVisibleToCaller(visitId);
        if ((asOf == null) == (version == null)) {
            throw Problems.thrown(Problems.invalid("asOf", "give exactly one of asOf (an instant) or version (a number)"));
        }
        if (version != null && version < 0) {
            throw Problems.thrown(Problems.invalid("version", "must be 0 or more"));
        }
        return (asOf != null ? timeTravel.asOf(visitId, asOf) : timeTravel.atVersion(visitId, version))
                .orElseThrow(() -> VisitNotFoundException.of(visitId));
    }

    /**
     * The full history; analysts and providers see confidential fields redacted (a provider its own visit's
     * provisional findings once the final report is sent). Every read is recorded for auditors.
     */
    @GetMapping(value = "/history", produces = {"application/json", CsvLists.TEXT_CSV})
    public List<HistoryEntry> history(@PathVariable String visitId) {
        requireVisibleToCaller(visitId);
        List<HistoryEntry> entries = history.as(CallerScope.reader(), visitId);
        if (entries.isEmpty()) {
            throw VisitNotFoundException.of(visitId);
        }
        readLog.record(visitId, CallerScope.actor());
        return entries;
    }

    /** What the Location of {@code POST …/concerns} points at (issue 21). */
    @GetMapping("/concerns/{concernId}")
    public Map<String, Object> concern(@PathVariable String visitId, @PathVariable String concernId) {
        return item(visitId, VisitItems.Kind.CONCERNS, concernId);
    }

    @GetMapping("/complaints/{complaintId}")
    public Map<String, Object> complaint(@PathVariable String visitId, @PathVariable String complaintId) {
        return item(visitId, VisitItems.Kind.COMPLAINTS, complaintId);
    }

    @GetMapping("/information-requests/{requestId}")
    public Map<String, Object> informationRequest(@PathVariable String visitId, @PathVariable String requestId) {
        return item(visitId, VisitItems.Kind.INFORMATION_REQUESTS, requestId);
    }

    @GetMapping("/provider-concerns/{providerConcernId}")
    public Map<String, Object> providerConcern(@PathVariable String visitId,
                                               @PathVariable String providerConcernId) {
        return item(visitId, VisitItems.Kind.PROVIDER_CONCERNS, providerConcernId);
    }

    @GetMapping("/informal-concerns/{informalConcernId}")
    public Map<String, Object> informalConcern(@PathVariable String visitId,
                                               @PathVariable String informalConcernId) {
        return item(visitId, VisitItems.Kind.INFORMAL_CONCERNS, informalConcernId);
    }

    /** The events of the visit's history that name the item, redacted as the history is; 404 for none. */
    private Map<String, Object> item(String visitId, VisitItems.Kind kind, String id) {
        requireVisibleToCaller(visitId);
        List<HistoryEntry> events = items.of(CallerScope.reader(), visitId, kind, id);
        if (events.isEmpty()) {
            throw Problems.thrown(HttpStatus.NOT_FOUND, "unknown-item", "Unknown " + kind.idField(),
                    "Visit " + visitId + " has no " + kind.idField() + " " + id);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("visitId", visitId);
        answer.put(kind.idField(), id);
        answer.put("history", events);
        return answer;
    }

    /** Another provider's visit answers as unknown: its existence is not revealed. */
    private void requireVisibleToCaller(String visitId) {
        if (!providerScope.allowsVisit(visitId)) {
            throw VisitNotFoundException.of(visitId);
        }
    }
}
