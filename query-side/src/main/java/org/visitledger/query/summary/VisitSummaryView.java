package org.visitledger.query.summary;

import org.visitledger.events.Provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One visit's summary, as GET /api/visits/{id} answers it. */
public record VisitSummaryView(String visitId, String visitType, String rulebookVersion, String status,
                               Provider provider, String leadInspector, Instant announcedAt, LocalDate visitEndedOn,
                               Boolean seriousOrWidespreadConcerns, long version, Map<String, String> links) {
}
