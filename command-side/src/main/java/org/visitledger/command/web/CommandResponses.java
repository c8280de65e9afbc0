package org.visitledger.command.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.visitledger.command.visit.CommandOutcome;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** A command's answer (docs/api.md): {"visitId", "version"} plus any created id, with ETag: "version". */
final class CommandResponses {

    private CommandResponses() {
    }

    static ResponseEntity<Map<String, Object>> ok(String visitId, CommandOutcome outcome) {
        return answer(HttpStatus.OK, visitId, outcome.version(), null, null, null);
    }

    static ResponseEntity<Map<String, Object>> created(String visitId, long version, URI location,
                                                       String idName, String id) {
        return answer(HttpStatus.CREATED, visitId, version, location, idName, id);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String visitId, long version,
                                                              URI location, String idName, String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitId", visitId);
        body.put("version", version);
        if (idName != null) {
            body.put(idName, id);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setETag("\"" + version + "\"");
        if (location != null) {
            headers.setLocation(location);
        }
        return new ResponseEntity<>(body, headers, status);
    }
}
