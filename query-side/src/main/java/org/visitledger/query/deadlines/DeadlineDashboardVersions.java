package org.visitledger.query.deadlines;

import org.axonframework.config.ProcessingGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.query.consistency.VisitVersionTracker;

/** How far the {@value DeadlineDashboardProjection#NAME} read model has got with each visit (for X-Min-Version). */
@Component
@ProcessingGroup(DeadlineDashboardProjection.NAME)
public class DeadlineDashboardVersions extends VisitVersionTracker {

    public DeadlineDashboardVersions(JdbcTemplate jdbc) {
        super(jdbc, DeadlineDashboardProjection.NAME);
    }
}
