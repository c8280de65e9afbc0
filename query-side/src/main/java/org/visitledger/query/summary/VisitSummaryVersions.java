package org.visitledger.query.summary;

import org.axonframework.config.ProcessingGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.query.consistency.VisitVersionTracker;

/** How far the {@value VisitSummaryProjection#NAME} read model has got with each visit (for X-Min-Version). */
@Component
@ProcessingGroup(VisitSummaryProjection.NAME)
public class VisitSummaryVersions extends VisitVersionTracker {

    public VisitSummaryVersions(JdbcTemplate jdbc) {
        super(jdbc, VisitSummaryProjection.NAME);
    }
}
