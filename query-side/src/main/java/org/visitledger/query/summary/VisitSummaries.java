package org.visitledger.query.summary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.events.Provider;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;

/** Reads the visit-summary projection. */
@Component
public class VisitSummaries {

    private final JdbcTemplate jdbc;

    public VisitSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<VisitSummaryView> find(String visitId) {
        return jdbc.query("SELECT * FROM visit_summary WHERE visit_id = ?", (rs, n) -> {
            Timestamp announced = rs.getTimestamp("announced_at");
            Date ended = rs.getDate("visit_ended_on");
            String id = rs.getString("visit_id");
            return new VisitSummaryView(id, rs.getString("visit_type"), rs.getString("rulebook_version"),
                    rs.getString("status"), new Provider(rs.getString("provider_urn"), rs.getString("provider_name"),
                    rs.getString("provider_local_authority"), rs.getString("provider_region")),
                    rs.getString("lead_inspector"), announced.toInstant(), ended == null ? null : ended.toLocalDate(),
                    (Boolean) rs.getObject("serious_concerns"), rs.getLong("version"),
                    Map.of("self", "/api/visits/" + id, "history", "/api/visits/" + id + "/history"));
        }, visitId).stream().findFirst();
    }
}
