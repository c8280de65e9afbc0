package org.visitledger.command.web;

import org.visitledger.lifecycle.CommandRoutes;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.visitledger.command.visit.*;
import org.visitledger.command.web.Requests.*;

import java.util.Map;
import java.util.function.Function;

/**
 * Concerns and what follows them: inspectors' concerns, the post-visit debrief and case review, the provider's
 * concerns about the inspection and a revised provisional judgement.
 */
@RestController
public class ConcernsController {

    private final CommandSender sender;

    public ConcernsController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(CommandRoutes.CONCERNS)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<Map<String, Object>> raiseConcern(@PathVariable String visitId,
            @Valid @RequestBody ConcernBody body) {
        return created(visitId, "concernId", version -> new RaiseConcern(visitId, version,
                body.category(), body.summary(), body.details(), body.occurredAt()));
    }

    @PostMapping(CommandRoutes.DEBRIEF)
    public ResponseEntity<Map<String, Object>> debrief(@PathVariable String visitId,
            @Valid @RequestBody DebriefBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new HoldPostVisitDebrief(visitId, version, body.recommendation(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.CASE_REVIEW)
    public ResponseEntity<Map<String, Object>> caseReview(@PathVariable String visitId,
            @Valid @RequestBody CaseReviewBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new DecideCaseReview(visitId, version, body.decisions(), body.rationale(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.PROVIDER_CONCERNS)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<Map<String, Object>> providerConcern(@PathVariable String visitId,
            @Valid @RequestBody ProviderConcernBody body) {
        return created(visitId, "providerConcernId", version -> new RecordProviderConcern(visitId,
                version, body.summary(), body.actionTaken(), body.resolved(),
                body.occurredAt()));
    }

    @PostMapping(CommandRoutes.PROVIDER_CONCERN_ESCALATION)
    public ResponseEntity<Map<String, Object>> escalate(@PathVariable String visitId,
            @PathVariable String providerConcernId, @Valid @RequestBody EscalationBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new EscalateProviderConcern(visitId, version, providerConcernId, body.escalatedTo(),
                        body.role(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.INFORMAL_CONCERNS)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<Map<String, Object>> recordInformalConcern(@PathVariable String visitId,
            @Valid @RequestBody InformalConcernBody body) {
        return created(visitId, "informalConcernId", version -> new RecordInformalConcern(visitId, version,
                body.summary(), body.handledBy(), body.outcome(), body.occurredAt()));
    }

    @PostMapping(CommandRoutes.JUDGEMENT_REVISION)
    public ResponseEntity<Map<String, Object>> reviseJudgement(@PathVariable String visitId,
            @Valid @RequestBody JudgementRevisionBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new ReviseProvisionalJudgement(visitId, version, body.revisedFindings(), body.reasons(),
                        body.seriousOrWidespreadConcerns(), body.occurredAt())));
    }


    private ResponseEntity<Map<String, Object>> created(String visitId, String idName,
                                                       Function<Long, Object> command) {
        CommandOutcome outcome = sender.send(command);
        return CommandResponses.created(visitId, outcome.version(), ServletUriComponentsBuilder
                .fromCurrentRequestUri().path("/{id}").buildAndExpand(outcome.createdId()).toUri(), idName,
                outcome.createdId());
    }
}
