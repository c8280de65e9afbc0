package org.visitledger.command.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.visitledger.command.web.CachedBodyRequest;
import org.visitledger.problems.Problems;

import java.io.IOException;

/**
 * A request body on {@code /api/**} larger than {@code visit-ledger.limits.max-body-size} is refused with 413 before
 * anything acts on it. A declared {@code Content-Length} over the limit is refused unread; a body without one
 * (chunked) is read up to one byte past the limit, counting the bytes as they come, and the rest is never read. A body
 * within the limit is handed on in memory.
 */
@Component
@Order(BodySizeLimitFilter.ORDER)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    /** After security (a request the caller may not send is refused with its body unread) and the rate limit. */
    static final int ORDER = CommandRateLimitFilter.ORDER + 1;

    private final LimitsProperties limits;

    public BodySizeLimitFilter(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int max = limits.maxBodyBytes();
        if (request.getContentLengthLong() > max) {
            Problems.write(request, response, tooLarge(max));
            return;
        }
        CachedBodyRequest within = CachedBodyRequest.of(request, max);
        if (within == null) {
            Problems.write(request, response, tooLarge(max));
            return;
        }
        chain.doFilter(within, response);
    }

    private static ProblemDetail tooLarge(int max) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                "A request body may be at most " + max + " bytes");
        problem.setProperty("maxBodyBytes", max);
        return problem;
    }
}
