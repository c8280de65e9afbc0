package org.visitledger.query.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.problems.Problems;
import org.visitledger.query.audit.HistoryReadLog;
import org.visitledger.query.consistency.ReadYourWrites;
import org.visitledger.query.history.HistoryEntry;
import org.visitledger.query.history.VisitHistory;
import org.visitledger.query.history.VisitStateView;
import org.visitledger.query.history.VisitTimeTravel;
import org.visitledger.query.summary.VisitSummaries;
import org.visitledger.query.summary.VisitSummaryProjection;
import org.visitledger.query.summary.VisitSummaryView;
import org.visitledger.security.ProviderScope;

import java.time.Instant;
import java.util.List;

/** GET /api/visits/{id} (summary projection), /history and /state (both from the event store itself). */
@RestController
@RequestMapping("/api/visits/{visitId}")
public class VisitQueryController {

    private final VisitSummaries summaries;
    private final VisitHistory history;
    private final VisitTimeTravel timeTravel;
    private final ReadYourWrites readYourWrites;
    private final HistoryReadLog readLog;
    private final ProviderScope providerScope;

    public VisitQueryController(VisitSummaries summaries, VisitHistory history, VisitTimeTravel timeTravel,
                                ReadYourWrites readYourWrites, HistoryReadLog readLog, ProviderScope providerScope) {
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
        return summaries.find(visitId).filter(summary -> ProviderScope.allowsProvider(summary.provider().urn()))
                .map(summary -> summary.as(CallerScope.reader()))
                .orElseThrow(() -> VisitNotFoundException.of(visitId));
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
    @GetMapping("/history")
    public List<HistoryEntry> history(@PathVariable String visitId) {
        requireVisibleToCaller(visitId);
        List<HistoryEntry> entries = history.as(CallerScope.reader(), visitId);
        if (entries.isEmpty()) {
            throw VisitNotFoundException.of(visitId);
        }
        readLog.record(visitId, CallerScope.actor());
        return entries;
    }

    /** Another provider's visit answers as unknown: its existence is not revealed. */
    private void requireVisibleToCaller(String visitId) {
        if (!providerScope.allowsVisit(visitId)) {
            throw VisitNotFoundException.of(visitId);
        }
    }
}
