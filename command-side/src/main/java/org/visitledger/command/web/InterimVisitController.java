package org.visitledger.command.web;

import org.visitledger.lifecycle.CommandRoutes;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.visitledger.command.visit.CommandOutcome;
import org.visitledger.command.visit.ConvertToSection8;
import org.visitledger.command.visit.RecordDutyDeskCall;
import org.visitledger.command.visit.RecordFactualAccuracyCheck;
import org.visitledger.command.web.Requests.ConversionBody;
import org.visitledger.command.web.Requests.FactualAccuracyBody;
import org.visitledger.command.web.Requests.SummaryBody;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Interim visits (seed 002): duty-desk calls, conversion to a section 8 NFD inspection, the letter's check. */
@RestController
public class InterimVisitController {

    private final CommandSender sender;

    public InterimVisitController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(CommandRoutes.DUTY_DESK_CALLS)
    public ResponseEntity<Map<String, Object>> dutyDeskCall(@PathVariable String visitId,
            @Valid @RequestBody SummaryBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new RecordDutyDeskCall(visitId, version, body.summary(), body.occurredAt())));
    }

    /**
     * The conversion is recorded on the interim visit; the conversion process then creates the NFD visit under
     * {@code nfdVisitId}, moments later (hence 202, with the NFD visit's Location).
     */
    @PostMapping(CommandRoutes.CONVERSION)
    public ResponseEntity<Map<String, Object>> convert(@PathVariable String visitId,
            @Valid @RequestBody ConversionBody body) {
        String nfdVisitId = UUID.randomUUID().toString();
        CommandOutcome outcome = sender.send(version ->
                new ConvertToSection8(visitId, version, nfdVisitId, body.rationale(), body.occurredAt()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/visits/{id}")
                .buildAndExpand(nfdVisitId).toUri();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("visitId", visitId);
        answer.put("version", outcome.version());
        answer.put("nfdVisitId", nfdVisitId);
        return ResponseEntity.accepted().location(location).eTag("\"" + outcome.version() + "\"").body(answer);
    }

    @PostMapping(CommandRoutes.FACTUAL_ACCURACY_CHECK)
    public ResponseEntity<Map<String, Object>> factualAccuracyCheck(@PathVariable String visitId,
            @Valid @RequestBody FactualAccuracyBody body) {
        return CommandResponses.ok(visitId, sender.send(version ->
                new RecordFactualAccuracyCheck(visitId, version, body.comments(), body.occurredAt())));
    }
}
