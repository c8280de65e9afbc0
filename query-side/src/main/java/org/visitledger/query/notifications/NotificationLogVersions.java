package org.visitledger.query.notifications;

import org.axonframework.config.ProcessingGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.visitledger.query.consistency.VisitVersionTracker;

/** How far the {@value NotificationLogProjection#NAME} read model has got with each visit (for X-Min-Version). */
@Component
@ProcessingGroup(NotificationLogProjection.NAME)
public class NotificationLogVersions extends VisitVersionTracker {

    public NotificationLogVersions(JdbcTemplate jdbc) {
        super(jdbc, NotificationLogProjection.NAME);
    }
}
