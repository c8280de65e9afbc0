package org.visitledger.query.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** 404 for a read model name that does not exist. */
public class UnknownReadModelException extends ErrorResponseException {

    public UnknownReadModelException(String name) {
        super(HttpStatus.NOT_FOUND, problem(name), null);
    }

    private static ProblemDetail problem(String name) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No read model " + name
                + "; see GET /api/admin/projections");
        problem.setType(URI.create("urn:visit-ledger:problem:read-model-not-found"));
        problem.setTitle("Unknown read model");
        return problem;
    }
}
