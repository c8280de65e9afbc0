package org.visitledger.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.visitledger.problems.Problems;

/** 404 for a visit that does not exist (or is not yet in the read model). */
final class VisitNotFoundException {

    private VisitNotFoundException() {
    }

    static ErrorResponseException of(String visitId) {
        return Problems.thrown(HttpStatus.NOT_FOUND, "visit-not-found", "Unknown visit",
                "No visit " + visitId + " exists");
    }
}
