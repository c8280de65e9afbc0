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

import static org.visitledger.command.web.VisitActivityController.at;

/** The report's path after the visit: QA, draft, provider comments, final, publication, complaints. */
@RestController
public class ReportController {

    private final CommandSender sender;

    public ReportController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(CommandRoutes.QA_SUBMISSION)
    public ResponseEntity<Map<String, Object>> qaSubmission(@PathVariable String visitId,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return CommandResponses.ok(visitId, sender.send(version -> new SubmitReportForQa(visitId, version, at(body))));
    }

    @PostMapping(CommandRoutes.DRAFT)
    public ResponseEntity<Map<String, Object>> draft(@PathVariable String visitId,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return CommandResponses.ok(visitId, sender.send(version -> new SendDraftReport(visitId, version, at(body))));
    }

    @PostMapping(CommandRoutes.PROVIDER_COMMENTS)
    public ResponseEntity<Map<String, Object>> providerComments(@PathVariable String visitId,
            @Valid @RequestBody CommentsBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new RecordProviderComments(visitId, version, body.comments(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.FINAL_REPORT)
    public ResponseEntity<Map<String, Object>> finalReport(@PathVariable String visitId,
            @Valid @RequestBody FinalReportBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new SendFinalReport(visitId, version, body.requirements(), body.recommendations(),
                        body.childFriendlySummaryIncluded(),
                        Boolean.TRUE.equals(body.childFriendlySummaryAdaptedFormat()), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.PUBLICATION)
    public ResponseEntity<Map<String, Object>> publication(@PathVariable String visitId,
            @Valid @RequestBody PublicationBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new PublishReport(visitId, version, body.url(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.COMPLAINTS)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<Map<String, Object>> complaint(@PathVariable String visitId,
            @Valid @RequestBody SummaryBody body) {
        CommandOutcome outcome = sender.send(version ->
                new LodgeFormalComplaint(visitId, version, body.summary(), body.occurredAt()));
        return CommandResponses.created(visitId, outcome.version(), ServletUriComponentsBuilder
                .fromCurrentRequestUri().path("/{complaintId}").buildAndExpand(outcome.createdId()).toUri(),
                "complaintId", outcome.createdId());
    }

    @PostMapping(CommandRoutes.COMPLAINT_OUTCOME)
    public ResponseEntity<Map<String, Object>> complaintOutcome(@PathVariable String visitId,
            @PathVariable String complaintId, @Valid @RequestBody OutcomeBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new ResolveFormalComplaint(visitId, version, complaintId, body.outcome(), body.occurredAt())));
    }

}
