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
import java.util.Objects;

/** The visit's own activity: Annex A, further information, arrival, feedback, withdrawal, notifications. */
@RestController
public class VisitActivityController {

    private final CommandSender sender;

    public VisitActivityController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(CommandRoutes.ANNEX_A)
    public ResponseEntity<Map<String, Object>> annexAReturned(@PathVariable String visitId,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new RecordAnnexAReturned(visitId, version, at(body))));
    }

    @PostMapping(CommandRoutes.INFORMATION_REQUESTS)
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<Map<String, Object>> requestInformation(@PathVariable String visitId,
            @Valid @RequestBody InformationRequestBody body) {
        CommandOutcome outcome = sender.send(version ->
                new RequestFurtherInformation(visitId, version, body.items(), body.dueAt(), body.occurredAt()));
        return CommandResponses.created(visitId, outcome.version(), ServletUriComponentsBuilder
                .fromCurrentRequestUri().path("/{requestId}").buildAndExpand(outcome.createdId()).toUri(),
                "requestId", outcome.createdId());
    }

    @PostMapping(CommandRoutes.INFORMATION_FULFILMENT)
    public ResponseEntity<Map<String, Object>> informationReceived(@PathVariable String visitId,
            @PathVariable String requestId, @Valid @RequestBody(required = false) OccurredAtBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new RecordFurtherInformationReceived(visitId, version, requestId, at(body))));
    }

    @PostMapping(CommandRoutes.ARRIVAL)
    public ResponseEntity<Map<String, Object>> arrival(@PathVariable String visitId,
            @Valid @RequestBody(required = false) OccurredAtBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new RecordArrivalOnSite(visitId, version, at(body))));
    }

    @PostMapping(CommandRoutes.FEEDBACK)
    public ResponseEntity<Map<String, Object>> feedback(@PathVariable String visitId,
            @Valid @RequestBody FeedbackBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new GiveVerbalFeedback(visitId, version, body.seriousOrWidespreadConcerns(), body.summary(),
                        body.occurredAt())));
    }

    @PostMapping(CommandRoutes.WITHDRAWAL)
    public ResponseEntity<Map<String, Object>> withdraw(@PathVariable String visitId,
            @Valid @RequestBody ReasonBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new WithdrawVisit(visitId, version, body.reason(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.NOTIFICATION_SENT)
    public ResponseEntity<Map<String, Object>> notificationSent(@PathVariable String visitId,
            @PathVariable String notificationId, @Valid @RequestBody(required = false) OccurredAtBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new RecordNotificationSent(visitId, version, notificationId, at(body))));
    }

    @PostMapping(CommandRoutes.NOTIFICATION_CONFIRMATION)
    public ResponseEntity<Map<String, Object>> notificationConfirmed(@PathVariable String visitId,
            @PathVariable String notificationId, @Valid @RequestBody(required = false) OccurredAtBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new ConfirmNotificationReceipt(visitId, version, notificationId, at(body))));
    }


    static java.time.Instant at(OccurredAtBody body) {
        return Objects.requireNonNullElse(body, OccurredAtBody.NOW).occurredAt();
    }
}
