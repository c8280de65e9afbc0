package org.visitledger.query.deadlines;

import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;
import org.visitledger.query.paging.SqlWhere;

import java.sql.Timestamp;
import java.time.Instant;

/** The filters of {@code GET /api/deadlines}; a null filter matches every row. */
public record DeadlineFilter(String visitId, DeadlineStatus status, DeadlineCode code, DeadlineOwner owner,
                             String region, Instant dueBefore, Instant dueAfter) {

    SqlWhere appendTo(SqlWhere where) {
        return where
                .and("visit_id = ?", visitId)
                .and("status = ?", status == null ? null : status.name())
                .and("code = ?", code == null ? null : code.name())
                .and("owner = ?", owner == null ? null : owner.name())
                .and("region = ?", region)
                .and("due_at < ?", dueBefore == null ? null : Timestamp.from(dueBefore))
                .and("due_at > ?", dueAfter == null ? null : Timestamp.from(dueAfter));
    }
}
