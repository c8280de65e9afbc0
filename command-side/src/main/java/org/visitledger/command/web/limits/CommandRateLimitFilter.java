package org.visitledger.command.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.visitledger.limits.RateLimiter;
import org.visitledger.problems.Problems;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * Commands ({@code POST /api/visits} and below) count against their user's allowance ({@link RateLimiter}),
 * whatever their outcome; past it they are refused with 429 and {@code Retry-After}, before the body is read, and
 * record nothing. Reads are not limited.
 */
@Component
@Order(CommandRateLimitFilter.ORDER)
public class CommandRateLimitFilter extends OncePerRequestFilter {

    /** After Spring Security's filter chain (order -100), which authenticates the user, and before anything else. */
    static final int ORDER = 0;
    private static final String COMMANDS = "/api/visits";

    private final RateLimiter limiter;
    private final LimitsProperties limits;

    public CommandRateLimitFilter(RateLimiter limiter, LimitsProperties limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod()) || !(path.equals(COMMANDS) || path.startsWith(COMMANDS + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        // Security has already refused a command without a user; there is nobody to count it against.
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        OptionalLong wait = limiter.tryAcquire(user.getName());
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            Problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-commands",
                    "Too many commands", "A user may send " + limits.commandsPerMinute() + " commands a minute, "
                            + limits.commandBurst() + " at once; retry after " + wait.getAsLong() + " s"));
            return;
        }
        chain.doFilter(request, response);
    }
}
