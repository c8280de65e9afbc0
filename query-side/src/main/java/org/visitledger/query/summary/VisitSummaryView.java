package org.visitledger.query.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.visitledger.events.Provider;
import org.visitledger.lifecycle.NextAction;
import org.visitledger.query.history.Reader;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One visit's summary, as GET /api/visits/{id} answers it. */
public record VisitSummaryView(String visitId, String visitType, String rulebookVersion, String status,
                               Provider provider, String leadInspector, Instant announcedAt, LocalDate visitEndedOn,
                               Boolean seriousOrWidespreadConcerns, long version, Map<String, String> links,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<NextAction> actions) {

    /** The statuses in which the final report has been sent: the finding is no longer provisional. */
    private static final Set<String> FINAL_REPORT_SENT = Set.of("FINAL_SENT", "PUBLISHED", "CLOSED");

    /**
     * The summary as {@code reader} may read it: rule ACCESS-PROVISIONAL-FLAG, an analyst does not read the finding
     * on serious or widespread concerns (null) until the final report is sent.
     */
    public VisitSummaryView as(Reader reader) {
        if (reader != Reader.ANALYST || FINAL_REPORT_SENT.contains(status) || seriousOrWidespreadConcerns == null) {
            return this;
        }
        return new VisitSummaryView(visitId, visitType, rulebookVersion, status, provider, leadInspector, announcedAt,
                visitEndedOn, null, version, links, actions);
    }

    /**
     * The summary with the commands the caller may send next (issue 21), as of its version: one visit's read
     * answers them, a list does not (each would read the visit's events).
     */
    public VisitSummaryView withActions(List<NextAction> next) {
        return new VisitSummaryView(visitId, visitType, rulebookVersion, status, provider, leadInspector, announcedAt,
                visitEndedOn, seriousOrWidespreadConcerns, version, links, List.copyOf(next));
    }
}
