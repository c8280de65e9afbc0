package org.visitledger.query.problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** RFC 9457 problems of the query side, thrown as exceptions that Spring renders as problem+json. */
public final class QueryProblems {

    private QueryProblems() {
    }

    public static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:visit-ledger:problem:" + type));
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }

    /** 400 naming the query parameter (or header) that is wrong. */
    public static ErrorResponseException invalid(String field, String message) {
        ErrorResponseException invalid = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                field + ": " + message);
        invalid.getBody().setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return invalid;
    }
}
