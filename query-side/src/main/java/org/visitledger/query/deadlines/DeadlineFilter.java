package org.visitledger.query.deadlines;

import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;
import org.visitledger.events.VisitType;
import org.visitledger.query.paging.ProviderScopeSql;
import org.visitledger.query.paging.SqlWhere;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The filters of {@code GET /api/deadlines}; a null filter matches every row. {@code providerScope} is the provider
 * URN a provider user is bound to: only the deadlines of that provider's visits.
 */
public record DeadlineFilter(String visitId, DeadlineStatus status, DeadlineCode code, DeadlineOwner owner,
                             String region, Instant dueBefore, Instant dueAfter, VisitType visitType,
                             String providerScope) {

    public DeadlineFilter(String visitId, DeadlineStatus status, DeadlineCode code, DeadlineOwner owner,
                          String region, Instant dueBefore, Instant dueAfter) {
        this(visitId, status, code, owner, region, dueBefore, dueAfter, null, null);
    }

    SqlWhere appendTo(SqlWhere where) {
        return where
                .and("visit_id = ?", visitId)
                .and("status = ?", status == null ? null : status.name())
                .and("code = ?", code == null ? null : code.name())
                .and("owner = ?", owner == null ? null : owner.name())
                .and("region = ?", region)
                .and("due_at < ?", dueBefore == null ? null : Timestamp.from(dueBefore))
                .and("due_at > ?", dueAfter == null ? null : Timestamp.from(dueAfter))
                .and("visit_type = ?", visitType == null ? null : visitType.name())
                .and(ProviderScopeSql.VISITS_OF_PROVIDER, providerScope);
    }
}
