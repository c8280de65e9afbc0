package org.visitledger.query.analytics;

import org.visitledger.events.VisitType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The filters of GET /api/analytics/timeliness (issue 21): a visit type, a region, and the period the deadlines fell
 * due in (after {@code dueAfter}, before {@code dueBefore}, as on the dashboard); null is no filter.
 */
public record TimelinessFilter(VisitType visitType, String region, Instant dueAfter, Instant dueBefore) {

    public static final TimelinessFilter NONE = new TimelinessFilter(null, null, null, null);

    void appendTo(StringBuilder where, List<Object> args) {
        if (visitType != null) {
            where.append(" AND visit_type = ?");
            args.add(visitType.name());
        }
        if (region != null) {
            where.append(" AND region = ?");
            args.add(region);
        }
        if (dueAfter != null) {
            where.append(" AND due_at > ?");
            args.add(Timestamp.from(dueAfter));
        }
        if (dueBefore != null) {
            where.append(" AND due_at < ?");
            args.add(Timestamp.from(dueBefore));
        }
    }
}
