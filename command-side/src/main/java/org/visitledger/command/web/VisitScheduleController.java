package org.visitledger.command.web;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.command.visit.*;
import org.visitledger.command.web.Requests.*;

import java.util.Map;

/** Changes to when a visit happens (seed 004): deferral, pause and resume, ending a paused visit incomplete. */
@RestController
@RequestMapping("/api/visits/{visitId}")
public class VisitScheduleController {

    private static final String IF_MATCH = "If-Match";
    private final CommandSender sender;

    public VisitScheduleController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/deferral-request")
    public ResponseEntity<Map<String, Object>> requestDeferral(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ReasonBody body) {
        return ok(visitId, new RequestDeferral(visitId, IfMatch.expectedVersion(ifMatch), body.reason(),
                body.occurredAt()));
    }

    @PostMapping("/deferral-decision")
    public ResponseEntity<Map<String, Object>> decideDeferral(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DeferralDecisionBody body) {
        return ok(visitId, new DecideDeferral(visitId, IfMatch.expectedVersion(ifMatch), body.granted(),
                body.reason(), body.occurredAt()));
    }

    @PostMapping("/pause")
    public ResponseEntity<Map<String, Object>> pause(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ReasonBody body) {
        return ok(visitId, new PauseVisit(visitId, IfMatch.expectedVersion(ifMatch), body.reason(),
                body.occurredAt()));
    }

    @PostMapping("/resume")
    public ResponseEntity<Map<String, Object>> resume(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ReasonBody body) {
        return ok(visitId, new ResumeVisit(visitId, IfMatch.expectedVersion(ifMatch), body.reason(),
                body.occurredAt()));
    }

    @PostMapping("/incomplete")
    public ResponseEntity<Map<String, Object>> endIncomplete(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ReasonBody body) {
        return ok(visitId, new EndVisitIncomplete(visitId, IfMatch.expectedVersion(ifMatch), body.reason(),
                body.occurredAt()));
    }

    private ResponseEntity<Map<String, Object>> ok(String visitId, Object command) {
        return CommandResponses.ok(visitId, sender.send(command).version());
    }
}
