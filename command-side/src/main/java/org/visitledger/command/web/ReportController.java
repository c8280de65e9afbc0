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

import static org.visitledger.command.web.VisitActivityController.at;

/** The report's path after the visit: QA, draft, provider comments, final, publication, complaints. */
@RestController
@RequestMapping("/api/visits/{visitId}")
public class ReportController {

    private static final String IF_MATCH = "If-Match";
    private final CommandSender sender;

    public ReportController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/report/qa-submission")
    public ResponseEntity<Map<String, Object>> qaSubmission(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return ok(visitId, new SubmitReportForQa(visitId, IfMatch.expectedVersion(ifMatch), at(body)));
    }

    @PostMapping("/report/draft")
    public ResponseEntity<Map<String, Object>> draft(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return ok(visitId, new SendDraftReport(visitId, IfMatch.expectedVersion(ifMatch), at(body)));
    }

    @PostMapping("/report/provider-comments")
    public ResponseEntity<Map<String, Object>> providerComments(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody CommentsBody body) {
        return ok(visitId, new RecordProviderComments(visitId, IfMatch.expectedVersion(ifMatch), body.comments(),
                body.occurredAt()));
    }

    @PostMapping("/report/final")
    public ResponseEntity<Map<String, Object>> finalReport(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody FinalReportBody body) {
        return ok(visitId, new SendFinalReport(visitId, IfMatch.expectedVersion(ifMatch), body.requirements(),
                body.recommendations(), body.childFriendlySummaryIncluded(),
                Boolean.TRUE.equals(body.childFriendlySummaryAdaptedFormat()), body.occurredAt()));
    }

    @PostMapping("/report/publication")
    public ResponseEntity<Map<String, Object>> publication(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody PublicationBody body) {
        return ok(visitId, new PublishReport(visitId, IfMatch.expectedVersion(ifMatch), body.url(), body.occurredAt()));
    }

    @PostMapping("/complaints")
    public ResponseEntity<Map<String, Object>> complaint(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody SummaryBody body) {
        CommandOutcome outcome = sender.send(new LodgeFormalComplaint(visitId, IfMatch.expectedVersion(ifMatch),
                body.summary(), body.occurredAt()));
        return CommandResponses.created(visitId, outcome.version(), ServletUriComponentsBuilder
                .fromCurrentRequestUri().path("/{complaintId}").buildAndExpand(outcome.createdId()).toUri(),
                "complaintId", outcome.createdId());
    }

    @PostMapping("/complaints/{complaintId}/outcome")
    public ResponseEntity<Map<String, Object>> complaintOutcome(@PathVariable String visitId,
            @PathVariable String complaintId, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody OutcomeBody body) {
        return ok(visitId, new ResolveFormalComplaint(visitId, IfMatch.expectedVersion(ifMatch), complaintId,
                body.outcome(), body.occurredAt()));
    }

    private ResponseEntity<Map<String, Object>> ok(String visitId, Object command) {
        return CommandResponses.ok(visitId, sender.send(command).version());
    }
}
