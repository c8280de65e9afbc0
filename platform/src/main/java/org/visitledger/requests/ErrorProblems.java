package org.visitledger.requests;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.visitledger.problems.Problems;


/**
 * The problem+json answer to an error known only by its status: one the servlet container or the security firewall
 * raised before any controller saw the request.
 */
final class ErrorProblems {

    private ErrorProblems() {
    }

    static ProblemDetail of(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> Problems.of(status, "invalid-request", "Invalid request",
                    "The request's path, headers or encoding could not be accepted");
            case UNAUTHORIZED -> Problems.of(status, "unauthenticated", "Unauthenticated",
                    "No or bad credentials");
            case FORBIDDEN -> Problems.of(status, "forbidden", "Forbidden", "The role may not do this");
            case NOT_FOUND -> Problems.of(status, "not-found", "Not found", "There is nothing at this path");
            case METHOD_NOT_ALLOWED -> Problems.of(status, "method-not-allowed", "Method not allowed",
                    "This path does not take this method");
            case CONTENT_TOO_LARGE -> Problems.of(status, "body-too-large", "Body too large",
                    "The request body is over the limit");
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> Problems.of(status, "headers-too-large", "Headers too large",
                    "The request's headers are over the limit");
            case UNSUPPORTED_MEDIA_TYPE -> Problems.of(status, "unsupported-media-type", "Unsupported media type",
                    "Request bodies are application/json");
            default -> status.is4xxClientError()
                    ? Problems.of(status, "client-error", status.getReasonPhrase(), "The request could not be accepted")
                    : Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                    "The server could not complete the request; quote the X-Correlation-Id header when reporting it");
        };
    }
}
