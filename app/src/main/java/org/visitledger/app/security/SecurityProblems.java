package org.visitledger.app.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * The 401 and 403 answers of api.md: problem+json, with the challenge headers of the authentication in use.
 * They are written here because these failures happen in the security filter, before Spring MVC's problem details.
 */
final class SecurityProblems {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ApiAuthentication authentication;

    SecurityProblems(ApiAuthentication authentication) {
        this.authentication = authentication;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            authentication.challenge(request, response, failure);
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    authentication.credentialsWanted());
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denial) -> {
            authentication.denied(request, response, denial);
            write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your role may not do this");
        };
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:visit-ledger:problem:" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
