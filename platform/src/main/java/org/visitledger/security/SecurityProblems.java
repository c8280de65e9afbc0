package org.visitledger.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The 401 and 403 answers of api.md: problem+json, with the challenge headers of the authentication in use.
 * They are written here because these failures happen in the security filter, before Spring MVC's problem details.
 */
final class SecurityProblems {

    /** Leaves out unset members (ProblemDetail's empty "properties"), as Spring MVC's own problem bodies do. */
    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private final ApiAuthentication authentication;

    SecurityProblems(ApiAuthentication authentication) {
        this.authentication = authentication;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            authentication.challenge(request, response, failure);
            write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    authentication.credentialsWanted());
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denial) -> {
            authentication.denied(request, response, denial);
            write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your role may not do this");
        };
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                       String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        try {
            problem.setInstance(new URI(request.getRequestURI()));
        } catch (URISyntaxException unusualPath) {
            // The path is the client's; a problem body without "instance" is still a complete answer.
        }
        problem.setType(URI.create("urn:visit-ledger:problem:" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
