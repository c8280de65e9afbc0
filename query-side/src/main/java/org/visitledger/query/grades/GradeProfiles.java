package org.visitledger.query.grades;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;
import org.visitledger.query.paging.SqlWhere;
import org.visitledger.query.readmodel.ReadModelTables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Reads the grade profile: for each council, the grades of its latest LA inspection whose final report was sent (of
 * two sent at the same instant, the one with the greater visit id, so that a council never shows twice).
 * Grades before the final report are provisional and confidential, so an inspection under way is not in it.
 */
@Component
public class GradeProfiles {

    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    public GradeProfiles(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    public Page<GradeProfileRow> find(GradeProfileFilter filter, PageRequest page) {
        String inspections = tables.name("grade_profile_inspection");
        String latest = "(SELECT i.local_authority, i.provider_urn, i.provider_name, i.region, i.final_report_sent_at, "
                + "i.published_at, g.* FROM " + tables.name("grade_profile") + " g JOIN " + inspections
                + " i ON g.visit_id = i.visit_id WHERE i.final_report_sent_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                + inspections + " later WHERE later.provider_urn = i.provider_urn AND (later.final_report_sent_at "
                + "> i.final_report_sent_at OR later.final_report_sent_at = i.final_report_sent_at "
                + "AND later.visit_id > i.visit_id))) latest";
        SqlWhere where = new SqlWhere()
                .and("visit_id = ?", filter.visitId())
                .and("local_authority = ?", filter.localAuthority())
                .and("region = ?", filter.region())
                .and("element = ?", filter.element() == null ? null : filter.element().name())
                .and("area = ?", filter.area() == null ? null : filter.area().name())
                .and("grade = ?", filter.grade() == null ? null : filter.grade().name())
                .and("limited = ?", filter.limited())
                .and("overridden = ?", filter.overridden())
                .and("provider_urn = ?", filter.providerScope());
        return where.page(jdbc, latest, "local_authority, provider_urn, element, area", GradeProfiles::row, page);
    }

    private static GradeProfileRow row(ResultSet rs, int n) throws SQLException {
        return new GradeProfileRow(rs.getString("local_authority"), rs.getString("provider_urn"),
                rs.getString("provider_name"), rs.getString("region"), rs.getString("visit_id"),
                rs.getString("element"), rs.getString("area"), rs.getString("grade"), rs.getString("proposed_grade"),
                rs.getBoolean("limited"), rs.getBoolean("overridden"), rs.getString("override_rationale"),
                instant(rs, "final_report_sent_at"), instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
