package org.visitledger.query.web;

import org.visitledger.query.csv.CsvLists;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.problems.Problems;
import org.visitledger.query.admin.ProjectionMonitor;
import org.visitledger.query.admin.ProjectionReplayer;
import org.visitledger.query.admin.ProjectionStatus;

import java.util.List;
import java.util.Map;

/** Read-model administration: status of each read model (GET) and rebuilding one from the event store (POST). */
@RestController
public class ProjectionAdminController {

    private final ProjectionMonitor monitor;
    private final ProjectionReplayer replayer;

    public ProjectionAdminController(ProjectionMonitor monitor, ProjectionReplayer replayer) {
        this.monitor = monitor;
        this.replayer = replayer;
    }

    @GetMapping(value = "/api/admin/projections", produces = {"application/json", CsvLists.TEXT_CSV})
    public List<ProjectionStatus> projections() {
        // "replaying" means a rebuild started here is still catching up (reads served from its snapshot).
        return monitor.statuses().stream().map(s -> s.replaying(replayer.isReplaying(s.name()))).toList();
    }

    /** 202: the replay runs in the background; reads are served from a snapshot until it has caught up. */
    @PostMapping("/api/admin/projections/{name}/replay")
    public ResponseEntity<Map<String, Object>> replay(@PathVariable String name) {
        if (!replayer.replay(name)) {
            throw Problems.thrown(HttpStatus.CONFLICT, "replay-in-progress", "Replay already in progress",
                    "Read model " + name + " is already replaying");
        }
        return ResponseEntity.accepted().body(Map.of("name", name, "replaying", true));
    }
}
