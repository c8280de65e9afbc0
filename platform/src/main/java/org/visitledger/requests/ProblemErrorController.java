package org.visitledger.requests;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.problems.Problems;

import java.net.URI;

/**
 * Every error the servlet container routes to {@code /error} answered as problem+json: what the firewall rejects
 * ({@code //}, {@code ;}, {@code %2e%2e}), what the container refuses itself, and {@code /error} asked for directly,
 * which is not a resource (404). Replaces Spring Boot's error controller, whose JSON is not problem+json and which
 * answered a direct request 500 (issue 19, defect 7).
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        ProblemDetail problem = ErrorProblems.of(status);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(path == null ? URI.create("/error") : Problems.instance(path.toString()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A direct request carries no error status: there is nothing at /error. */
    private static HttpStatus status(Object code) {
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
