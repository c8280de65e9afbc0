package org.visitledger.command.web;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.visitledger.command.visit.*;
import org.visitledger.command.web.Requests.*;

import java.util.Map;

/**
 * Concerns and what follows them: inspectors' concerns, the post-visit debrief and case review, the provider's
 * concerns about the inspection and a revised provisional judgement.
 */
@RestController
@RequestMapping("/api/visits/{visitId}")
public class ConcernsController {

    private static final String IF_MATCH = "If-Match";
    private final CommandSender sender;

    public ConcernsController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/concerns")
    public ResponseEntity<Map<String, Object>> raiseConcern(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ConcernBody body) {
        return created(visitId, "concernId", new RaiseConcern(visitId, IfMatch.expectedVersion(ifMatch),
                body.category(), body.summary(), body.details(), body.occurredAt()));
    }

    @PostMapping("/debrief")
    public ResponseEntity<Map<String, Object>> debrief(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody DebriefBody body) {
        return ok(visitId, new HoldPostVisitDebrief(visitId, IfMatch.expectedVersion(ifMatch), body.recommendation(),
                body.occurredAt()));
    }

    @PostMapping("/case-review")
    public ResponseEntity<Map<String, Object>> caseReview(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseReviewBody body) {
        return ok(visitId, new DecideCaseReview(visitId, IfMatch.expectedVersion(ifMatch), body.decisions(),
                body.rationale(), body.occurredAt()));
    }

    @PostMapping("/provider-concerns")
    public ResponseEntity<Map<String, Object>> providerConcern(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProviderConcernBody body) {
        return created(visitId, "providerConcernId", new RecordProviderConcern(visitId,
                IfMatch.expectedVersion(ifMatch), body.summary(), body.actionTaken(), body.resolved(),
                body.occurredAt()));
    }

    @PostMapping("/provider-concerns/{providerConcernId}/escalation")
    public ResponseEntity<Map<String, Object>> escalate(@PathVariable String visitId,
            @PathVariable String providerConcernId, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody EscalationBody body) {
        return ok(visitId, new EscalateProviderConcern(visitId, IfMatch.expectedVersion(ifMatch), providerConcernId,
                body.escalatedTo(), body.occurredAt()));
    }

    @PostMapping("/provisional-judgement-revision")
    public ResponseEntity<Map<String, Object>> reviseJudgement(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody JudgementRevisionBody body) {
        return ok(visitId, new ReviseProvisionalJudgement(visitId, IfMatch.expectedVersion(ifMatch),
                body.revisedFindings(), body.reasons(), body.occurredAt()));
    }

    private ResponseEntity<Map<String, Object>> ok(String visitId, Object command) {
        return CommandResponses.ok(visitId, sender.send(command).version());
    }

    private ResponseEntity<Map<String, Object>> created(String visitId, String idName, Object command) {
        CommandOutcome outcome = sender.send(command);
        return CommandResponses.created(visitId, outcome.version(), ServletUriComponentsBuilder
                .fromCurrentRequestUri().path("/{id}").buildAndExpand(outcome.createdId()).toUri(), idName,
                outcome.createdId());
    }
}
