package org.visitledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How API callers prove who they are: HTTP Basic demo users in the embedded profile, bearer JWTs otherwise. Exactly
 * one is a bean; {@link ApiSecurityConfiguration} plugs it into the one filter chain, which owns everything else
 * (statelessness, the role matrix, the problem+json answers).
 */
public interface ApiAuthentication {

    /**
     * Adds this way of authenticating to the chain. Its failures must be answered through {@code unauthenticated}
     * and {@code forbidden}, so that every 401 and 403 is the same problem+json whichever way is in use.
     */
    void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden);

    /** Sets this scheme's {@code WWW-Authenticate} challenge on a 401 (RFC 9110 requires one). */
    void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure);

    /** Sets any header this scheme adds to a 403; none by default. */
    default void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denial) {
    }

    /** What a caller must send instead, for the detail of a 401. */
    String credentialsWanted();
}
