package org.visitledger.query.deadlines;

import org.visitledger.events.DeadlineCode;
import org.visitledger.events.DeadlineOwner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The filters of {@code GET /api/deadlines}; a null filter matches every row. */
public record DeadlineFilter(String visitId, DeadlineStatus status, DeadlineCode code, DeadlineOwner owner,
                             String region, Instant dueBefore, Instant dueAfter) {

    void appendTo(StringBuilder where, List<Object> args) {
        add(where, args, "visit_id = ?", visitId);
        add(where, args, "status = ?", status == null ? null : status.name());
        add(where, args, "code = ?", code == null ? null : code.name());
        add(where, args, "owner = ?", owner == null ? null : owner.name());
        add(where, args, "region = ?", region);
        add(where, args, "due_at < ?", dueBefore == null ? null : Timestamp.from(dueBefore));
        add(where, args, "due_at > ?", dueAfter == null ? null : Timestamp.from(dueAfter));
    }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            args.add(value);
        }
    }
}
