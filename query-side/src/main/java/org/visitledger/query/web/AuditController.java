package org.visitledger.query.web;

import org.visitledger.query.csv.CsvLists;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.query.audit.HistoryRead;
import org.visitledger.query.audit.HistoryReadLog;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;

/** GET /api/audit/history-reads: who read which visit's full history, and when (auditors only). */
@RestController
public class AuditController {

    private final HistoryReadLog readLog;

    public AuditController(HistoryReadLog readLog) {
        this.readLog = readLog;
    }

    @GetMapping(value = "/api/audit/history-reads", produces = {"application/json", CsvLists.TEXT_CSV})
    public Page<HistoryRead> historyReads(@RequestParam(required = false) String visitId,
                                          @RequestParam(required = false) String actor,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return readLog.find(visitId, actor, PageRequest.of(page, size));
    }
}
