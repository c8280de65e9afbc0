package org.visitledger.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** 404 as problem+json for a visit that does not exist (or is not yet in the read model). */
class VisitNotFoundException extends ErrorResponseException {

    VisitNotFoundException(String visitId) {
        super(HttpStatus.NOT_FOUND, problem(visitId), null);
    }

    private static ProblemDetail problem(String visitId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No visit " + visitId + " exists");
        problem.setType(URI.create("urn:visit-ledger:problem:visit-not-found"));
        problem.setTitle("Unknown visit");
        return problem;
    }
}
