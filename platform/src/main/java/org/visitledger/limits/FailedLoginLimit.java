package org.visitledger.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.visitledger.requests.SignInForm;

import java.io.IOException;

/**
 * In the security filter chain, before authentication: a user name or client address that has used up its failed
 * logins is answered 429 whatever it sends, and a request with credentials that ends 401, or a sign-in the form sends
 * back, counts as a failed login.
 * Not a bean, so that the servlet container does not run it a second time outside the chain.
 */
public final class FailedLoginLimit extends OncePerRequestFilter {

    private final AccessLimits limits;

    public FailedLoginLimit(AccessLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limits.admitsLogin(request, response)) {
            return;
        }
        chain.doFilter(request, response);
        boolean basicRefused = response.getStatus() == HttpStatus.UNAUTHORIZED.value()
                && request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (basicRefused || SignInForm.sentBack(request, response)) {
            limits.loginFailed(request);
        }
    }
}
