package org.visitledger.query.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.query.admin.ProjectionMonitor;
import org.visitledger.query.admin.ProjectionStatus;

import java.util.List;

/** GET /api/admin/projections: each read model's position, lag, replay state and completeness check. */
@RestController
public class ProjectionAdminController {

    private final ProjectionMonitor monitor;

    public ProjectionAdminController(ProjectionMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/api/admin/projections")
    public List<ProjectionStatus> projections() {
        return monitor.statuses();
    }
}
