package org.visitledger.command.web;

import org.visitledger.lifecycle.CommandRoutes;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.command.visit.JustifySampleShortfall;
import org.visitledger.command.visit.RecordCaseList;
import org.visitledger.command.visit.RecordJudgement;
import org.visitledger.command.visit.SelectCases;
import org.visitledger.command.web.Requests.CaseListBody;
import org.visitledger.command.web.Requests.CaseSelectionBody;
import org.visitledger.command.web.Requests.JudgementBody;
import org.visitledger.command.web.Requests.ShortfallBody;
import org.visitledger.events.SampledCase;

import java.util.Map;

/** What only an LA inspection records: the council's case list, the case sample and the graded judgements. */
@RestController
public class LaInspectionController {

    private final CommandSender sender;

    public LaInspectionController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(CommandRoutes.CASE_LIST)
    public ResponseEntity<Map<String, Object>> caseList(@PathVariable String visitId,
            @Valid @RequestBody CaseListBody body) {
        return CommandResponses.ok(visitId, sender.send(version -> new RecordCaseList(visitId, version,
                body.safeguardingCases(), body.lookedAfterCases(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.CASE_SELECTIONS)
    public ResponseEntity<Map<String, Object>> selectCases(@PathVariable String visitId,
            @Valid @RequestBody CaseSelectionBody body) {
        return CommandResponses.ok(visitId, sender.send(version -> new SelectCases(visitId, version,
                body.cases().stream().map(c -> new SampledCase(c.reference(), c.kind())).toList(),
                body.occurredAt())));
    }

    @PostMapping(CommandRoutes.SAMPLE_SHORTFALL)
    public ResponseEntity<Map<String, Object>> justifyShortfall(@PathVariable String visitId,
            @Valid @RequestBody ShortfallBody body) {
        return CommandResponses.ok(visitId, sender.send(version -> new JustifySampleShortfall(visitId, version,
                body.justification(), body.occurredAt())));
    }

    @PostMapping(CommandRoutes.JUDGEMENTS)
    public ResponseEntity<Map<String, Object>> judge(@PathVariable String visitId,
            @Valid @RequestBody JudgementBody body) {
        return CommandResponses.ok(visitId, sender.send(version -> new RecordJudgement(visitId, version,
                body.element(), body.area(), body.grade(), Boolean.TRUE.equals(body.overrideLimits()),
                body.overrideRationale(), body.occurredAt())));
    }
}
