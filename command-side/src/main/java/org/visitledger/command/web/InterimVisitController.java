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
@RequestMapping("/api/visits/{visitId}")
public class InterimVisitController {

    private static final String IF_MATCH = "If-Match";
    private final CommandSender sender;

    public InterimVisitController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/duty-desk-calls")
    public ResponseEntity<Map<String, Object>> dutyDeskCall(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody SummaryBody body) {
        return CommandResponses.ok(visitId, sender.send(new RecordDutyDeskCall(visitId,
                IfMatch.expectedVersion(ifMatch), body.summary(), body.occurredAt())).version());
    }

    /**
     * The conversion is recorded on the interim visit; the conversion process then creates the NFD visit under
     * {@code nfdVisitId}, moments later (hence 202, with the NFD visit's Location).
     */
    @PostMapping("/conversion")
    public ResponseEntity<Map<String, Object>> convert(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ConversionBody body) {
        String nfdVisitId = UUID.randomUUID().toString();
        CommandOutcome outcome = sender.send(new ConvertToSection8(visitId, IfMatch.expectedVersion(ifMatch),
                nfdVisitId, body.rationale(), body.occurredAt()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/visits/{id}")
                .buildAndExpand(nfdVisitId).toUri();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("visitId", visitId);
        answer.put("version", outcome.version());
        answer.put("nfdVisitId", nfdVisitId);
        return ResponseEntity.accepted().location(location).eTag("\"" + outcome.version() + "\"").body(answer);
    }

    @PostMapping("/factual-accuracy-check")
    public ResponseEntity<Map<String, Object>> factualAccuracyCheck(@PathVariable String visitId,
            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody FactualAccuracyBody body) {
        return CommandResponses.ok(visitId, sender.send(new RecordFactualAccuracyCheck(visitId,
                IfMatch.expectedVersion(ifMatch), body.comments(), body.occurredAt())).version());
    }
}
