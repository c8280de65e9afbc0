package org.visitledger.requests;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.visitledger.problems.Problems;

import java.io.IOException;

/**
 * A request's {@code Content-Type} must name one media type: a wildcard ({@code * / *}) or an unparseable value is
 * 415 problem+json. Spring MVC otherwise fails on it while reading the body, with a 500 (issue 19, defect 7). Runs
 * after the security filters, so an unauthenticated caller still gets 401.
 */
@Component
public class RequestContentTypes extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !nameable(contentType)) {
            Problems.write(request, response, ErrorProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean nameable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
