package org.visitledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** HTTP Basic against the user details service (the demo users of the embedded profile). */
final class HttpBasicAuthentication implements ApiAuthentication {

    @Override
    public void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden) {
        http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
    }

    @Override
    public void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"visit-ledger\"");
    }

    @Override
    public String credentialsWanted() {
        return "Send HTTP Basic credentials of a known user";
    }
}
