package org.visitledger.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.visitledger.query.problems.QueryProblems;

/** 404 for a visit that does not exist (or is not yet in the read model). */
final class VisitNotFoundException {

    private VisitNotFoundException() {
    }

    static ErrorResponseException of(String visitId) {
        return QueryProblems.problem(HttpStatus.NOT_FOUND, "visit-not-found", "Unknown visit",
                "No visit " + visitId + " exists");
    }
}
