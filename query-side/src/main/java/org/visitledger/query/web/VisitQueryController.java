package org.visitledger.query.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.query.history.HistoryEntry;
import org.visitledger.query.history.VisitHistory;
import org.visitledger.query.summary.VisitSummaries;
import org.visitledger.query.summary.VisitSummaryView;

import java.util.List;

/** GET /api/visits/{id} (summary projection) and /history (the event store itself). */
@RestController
@RequestMapping("/api/visits/{visitId}")
public class VisitQueryController {

    private final VisitSummaries summaries;
    private final VisitHistory history;

    public VisitQueryController(VisitSummaries summaries, VisitHistory history) {
        this.summaries = summaries;
        this.history = history;
    }

    @GetMapping
    public VisitSummaryView summary(@PathVariable String visitId) {
        return summaries.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
    }

    @GetMapping("/history")
    public List<HistoryEntry> history(@PathVariable String visitId) {
        List<HistoryEntry> entries = history.of(visitId);
        if (entries.isEmpty()) {
            throw new VisitNotFoundException(visitId);
        }
        return entries;
    }
}
