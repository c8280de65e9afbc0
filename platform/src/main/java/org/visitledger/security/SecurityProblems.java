package org.visitledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.visitledger.problems.Problems;

import java.io.IOException;

/**
 * The 401 and 403 answers (docs/api.md, "Errors"): problem+json, with the challenge headers of the authentication in use.
 * They are written here because these failures happen in the security filter, before Spring MVC's problem details.
 */
final class SecurityProblems {

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

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                              String title, String detail) throws IOException {
        Problems.write(request, response, Problems.of(status, type, title, detail));
    }
}
