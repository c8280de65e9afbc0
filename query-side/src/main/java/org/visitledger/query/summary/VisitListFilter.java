package org.visitledger.query.summary;

import org.visitledger.events.VisitType;

import java.util.List;

/** The filters of {@code GET /api/visits}; a null filter matches every visit. */
public record VisitListFilter(VisitType type, String status, String region, String providerUrn, String inspector) {

    void appendTo(StringBuilder where, List<Object> args) {
        add(where, args, "visit_type", type == null ? null : type.name());
        add(where, args, "status", status);
        add(where, args, "provider_region", region);
        add(where, args, "provider_urn", providerUrn);
        add(where, args, "lead_inspector", inspector);
    }

    private static void add(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
