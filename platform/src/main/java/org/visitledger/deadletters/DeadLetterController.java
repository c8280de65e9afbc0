package org.visitledger.deadletters;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.problems.Problems;

import java.util.List;
import java.util.Map;

/**
 * The dead letters of this process's read models and processes (admin only, as all of /api/admin): list them, retry
 * a visit's parked events, or evict them.
 */
@RestController
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/admin/dead-letters")
    public List<ParkedVisit> list(@RequestParam(required = false) String processor) {
        return deadLetters.list(processor);
    }

    /** 200 once every parked event of the visit is applied; 409 if one fails again (it stays parked, new cause). */
    @PostMapping("/api/admin/dead-letters/{processor}/{visitId}/retry")
    public Map<String, Object> retry(@PathVariable String processor, @PathVariable String visitId,
                                     Authentication admin) {
        requireParked(processor, visitId);
        if (!deadLetters.retry(processor, visitId, admin.getName())) {
            List<ParkedVisit> still = deadLetters.list(processor).stream()
                    .filter(visit -> visit.visitId().equals(visitId)).toList();
            String cause = still.isEmpty() ? "" : " (" + still.get(0).events().get(0).cause() + ")";
            throw Problems.thrown(HttpStatus.CONFLICT, "dead-letter-retry-failed", "Retry failed",
                    "Processor " + processor + " still cannot apply the events of visit " + visitId + cause
                            + "; they stay parked");
        }
        return Map.of("processor", processor, "visitId", visitId, "retried", true,
                "parkedEvents", deadLetters.parkedEvents(processor, visitId));
    }

    /** 204: the visit's parked events are gone; the read model lacks them until it is replayed. */
    @DeleteMapping("/api/admin/dead-letters/{processor}/{visitId}")
    public ResponseEntity<Void> evict(@PathVariable String processor, @PathVariable String visitId,
                                      Authentication admin) {
        requireParked(processor, visitId);
        deadLetters.evict(processor, visitId, admin.getName());
        return ResponseEntity.noContent().build();
    }

    private void requireParked(String processor, String visitId) {
        if (deadLetters.parkedEvents(processor, visitId) == 0) {
            throw Problems.thrown(HttpStatus.NOT_FOUND, "dead-letters-not-found", "No dead letters",
                    "Processor " + processor + " has no parked events of visit " + visitId);
        }
    }
}
