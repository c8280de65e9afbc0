package org.visitledger.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Reads ({@code GET} and {@code HEAD} under {@code /api/}) count against their user's and their client address's
 * allowances ({@link AccessLimits}); past them they are 429 with {@code Retry-After}. Runs after Spring Security's
 * chain (order -100), which has authenticated the user.
 */
@Component
@Order(0)
public class ReadRateLimit extends OncePerRequestFilter {

    private final AccessLimits limits;

    public ReadRateLimit(AccessLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null && !(user instanceof AnonymousAuthenticationToken) && user.isAuthenticated()
                && !limits.admitsRead(user.getName(), request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
