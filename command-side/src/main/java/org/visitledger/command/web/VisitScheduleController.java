package org.visitledger.command.web;

import org.visitledger.lifecycle.CommandRoutes;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.command.visit.*;
import org.visitledger.command.web.Requests.*;

import java.util.Map;

/** Changes to when a visit happens (seed 004): deferral, pause and resume, ending a paused visit incomplete. */
@RestController
public class VisitScheduleController {

    private final CommandSender sender;

    public VisitScheduleController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(CommandRoutes.DEFERRAL_REQUEST)
    public ResponseEntity<Map<String, Object>> requestDeferral(@PathVariable String visitId,
            @Valid @RequestBody ReasonBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new RequestDeferral(visitId, version, body.reason(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.DEFERRAL_DECISION)
    public ResponseEntity<Map<String, Object>> decideDeferral(@PathVariable String visitId,
            @Valid @RequestBody DeferralDecisionBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new DecideDeferral(visitId, version, body.granted(), body.reason(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.PAUSE)
    public ResponseEntity<Map<String, Object>> pause(@PathVariable String visitId,
            @Valid @RequestBody ReasonBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new PauseVisit(visitId, version, body.reason(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.PAUSE_ADVICE)
    public ResponseEntity<Map<String, Object>> adviseOnPause(@PathVariable String visitId,
            @Valid @RequestBody PauseAdviceBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new AdviseOnPause(visitId, version, body.advice(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.RESUME)
    public ResponseEntity<Map<String, Object>> resume(@PathVariable String visitId,
            @Valid @RequestBody ReasonBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new ResumeVisit(visitId, version, body.reason(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.INCOMPLETE)
    public ResponseEntity<Map<String, Object>> endIncomplete(@PathVariable String visitId,
            @Valid @RequestBody ReasonBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new EndVisitIncomplete(visitId, version, body.reason(), body.occurredAt())));
    }

}
