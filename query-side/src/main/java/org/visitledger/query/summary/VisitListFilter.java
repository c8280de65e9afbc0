package org.visitledger.query.summary;

import org.visitledger.events.VisitType;
import org.visitledger.query.paging.SqlWhere;

/** The filters of {@code GET /api/visits}; a null filter matches every visit. */
public record VisitListFilter(VisitType type, String status, String region, String providerUrn, String inspector) {

    SqlWhere where() {
        return new SqlWhere()
                .and("visit_type = ?", type == null ? null : type.name())
                .and("status = ?", status)
                .and("provider_region = ?", region)
                .and("provider_urn = ?", providerUrn)
                .and("lead_inspector = ?", inspector);
    }
}
