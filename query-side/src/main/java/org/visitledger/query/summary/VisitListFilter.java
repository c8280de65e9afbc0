package org.visitledger.query.summary;

import org.visitledger.events.VisitType;
import org.visitledger.query.paging.SqlWhere;

/**
 * The filters of {@code GET /api/visits}; a null filter matches every visit. {@code providerScope} is not a filter
 * the client chooses: it is the provider URN a provider user is bound to, so that it sees its own visits only.
 */
public record VisitListFilter(VisitType type, String status, String region, String providerUrn, String inspector,
                              String providerScope) {

    public VisitListFilter(VisitType type, String status, String region, String providerUrn, String inspector) {
        this(type, status, region, providerUrn, inspector, null);
    }

    SqlWhere where() {
        return new SqlWhere()
                .and("visit_type = ?", type == null ? null : type.name())
                .and("status = ?", status)
                .and("provider_region = ?", region)
                .and("provider_urn = ?", providerUrn)
                .and("lead_inspector = ?", inspector)
                .and("provider_urn = ?", providerScope);
    }
}
