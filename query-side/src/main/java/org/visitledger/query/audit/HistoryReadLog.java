package org.visitledger.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.paging.SqlWhere;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Reads of a visit's full history are themselves recorded: who read which visit when (issue 6, "Access audit").
 * The history holds concern details and whistle-blowers' information, so auditors must be able to see who looked.
 */
@Component
public class HistoryReadLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public HistoryReadLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String visitId, String actor) {
        jdbc.update("INSERT INTO history_read_log (visit_id, actor, read_at) VALUES (?, ?, ?)", visitId, actor,
                Timestamp.from(clock.instant()));
    }

    /** Newest first. */
    public Page<HistoryRead> find(String visitId, String actor, PageRequest page) {
        return new SqlWhere().and("visit_id = ?", visitId).and("actor = ?", actor)
                .page(jdbc, "history_read_log", "read_at DESC, id DESC", (rs, n) -> new HistoryRead(
                        rs.getString("visit_id"), rs.getString("actor"), rs.getTimestamp("read_at").toInstant()),
                        page);
    }
}
