package org.visitledger.query.summary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.events.Provider;

import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;

/** Reads the visit-summary projection. */
@Component
public class VisitSummaries {

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public VisitSummaries(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    public Optional<VisitSummaryView> find(String visitId) {
        return jdbc.query("SELECT * FROM " + tables.name("visit_summary") + " WHERE visit_id = ?", VisitSummaries::view, visitId)
                .stream().findFirst();
    }

    /** GET /api/visits: summaries filtered by type, status, region, provider and lead inspector, newest first. */
    public Page<VisitSummaryView> list(VisitListFilter filter, PageRequest page) {
        return filter.where().page(jdbc, tables.name("visit_summary"), "announced_at DESC, visit_id",
                VisitSummaries::view, page);
    }

    private static VisitSummaryView view(ResultSet rs, int row) throws SQLException {
        Timestamp announced = rs.getTimestamp("announced_at");
        Date ended = rs.getDate("visit_ended_on");
        String id = rs.getString("visit_id");
        return new VisitSummaryView(id, rs.getString("visit_type"), rs.getString("rulebook_version"),
                rs.getString("status"), new Provider(rs.getString("provider_urn"), rs.getString("provider_name"),
                rs.getString("provider_local_authority"), rs.getString("provider_region")),
                rs.getString("lead_inspector"), announced.toInstant(), ended == null ? null : ended.toLocalDate(),
                (Boolean) rs.getObject("serious_concerns"), rs.getLong("version"),
                Map.of("self", "/api/visits/" + id, "history", "/api/visits/" + id + "/history"), null);
    }
}
