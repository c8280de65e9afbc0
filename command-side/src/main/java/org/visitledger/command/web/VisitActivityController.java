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
import java.util.Objects;

/** The visit's own activity: Annex A, further information, arrival, feedback, withdrawal, notifications. */
@RestController
@RequestMapping("/api/visits/{visitId}")
public class VisitActivityController {

    private static final String IF_MATCH = "If-Match";
    private final CommandSender sender;

    public VisitActivityController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/annex-a")
    public ResponseEntity<Map<String, Object>> annexAReturned(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return ok(visitId, new RecordAnnexAReturned(visitId, IfMatch.expectedVersion(ifMatch), at(body)));
    }

    @PostMapping("/information-requests")
    public ResponseEntity<Map<String, Object>> requestInformation(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody InformationRequestBody body) {
        CommandOutcome outcome = sender.send(new RequestFurtherInformation(visitId, IfMatch.expectedVersion(ifMatch),
                body.items(), body.dueAt(), body.occurredAt()));
        return CommandResponses.created(visitId, outcome.version(), ServletUriComponentsBuilder
                .fromCurrentRequestUri().path("/{requestId}").buildAndExpand(outcome.createdId()).toUri(),
                "requestId", outcome.createdId());
    }

    @PostMapping("/information-requests/{requestId}/fulfilment")
    public ResponseEntity<Map<String, Object>> informationReceived(@PathVariable String visitId,
            @PathVariable String requestId, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return ok(visitId, new RecordFurtherInformationReceived(visitId, IfMatch.expectedVersion(ifMatch),
                requestId, at(body)));
    }

    @PostMapping("/arrival")
    public ResponseEntity<Map<String, Object>> arrival(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return ok(visitId, new RecordArrivalOnSite(visitId, IfMatch.expectedVersion(ifMatch), at(body)));
    }

    @PostMapping("/feedback")
    public ResponseEntity<Map<String, Object>> feedback(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody FeedbackBody body) {
        return ok(visitId, new GiveVerbalFeedback(visitId, IfMatch.expectedVersion(ifMatch),
                body.seriousOrWidespreadConcerns(), body.summary(), body.occurredAt()));
    }

    @PostMapping("/withdrawal")
    public ResponseEntity<Map<String, Object>> withdraw(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ReasonBody body) {
        return ok(visitId, new WithdrawVisit(visitId, IfMatch.expectedVersion(ifMatch), body.reason(),
                body.occurredAt()));
    }

    @PostMapping("/notifications/{notificationId}/sent")
    public ResponseEntity<Map<String, Object>> notificationSent(@PathVariable String visitId,
            @PathVariable String notificationId, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return ok(visitId, new RecordNotificationSent(visitId, IfMatch.expectedVersion(ifMatch), notificationId,
                at(body)));
    }

    @PostMapping("/notifications/{notificationId}/confirmation")
    public ResponseEntity<Map<String, Object>> notificationConfirmed(@PathVariable String visitId,
            @PathVariable String notificationId, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return ok(visitId, new ConfirmNotificationReceipt(visitId, IfMatch.expectedVersion(ifMatch), notificationId,
                at(body)));
    }

    private ResponseEntity<Map<String, Object>> ok(String visitId, Object command) {
        return CommandResponses.ok(visitId, sender.send(command).version());
    }

    static java.time.Instant at(OccurredAtBody body) {
        return Objects.requireNonNullElse(body, OccurredAtBody.NOW).occurredAt();
    }
}
