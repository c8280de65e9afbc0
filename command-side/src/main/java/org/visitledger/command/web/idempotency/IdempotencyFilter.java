package org.visitledger.command.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.visitledger.command.web.CachedBodyRequest;
import org.visitledger.problems.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * docs/api.md, "Commands" (idempotency): a command sent again with the same {@code Idempotency-Key} and the same body gets the
 * first answer and records nothing; the same key with another body is refused with 422. Keys belong to the
 * authenticated user, so one user's key never replays another's answer.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final IdempotencyStore store;

    public IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || request.getUserPrincipal() == null) {
            Problems.write(request, response, Problems.invalid("Idempotency-Key must be 1 to 200 characters",
                    java.util.List.of(Problems.fieldError(HEADER, "must be 1 to 200 characters"))));
            return;
        }
        CachedBodyRequest cached = CachedBodyRequest.of(request, MAX_BODY_BYTES);
        if (cached == null) {
            Problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "Request body too large", "A command body may not exceed " + MAX_BODY_BYTES + " bytes"));
            return;
        }
        String principal = request.getUserPrincipal().getName();
        String fingerprint = fingerprint(request, cached.body());
        Optional<StoredResponse> earlier = store.reserve(principal, key, fingerprint);
        if (earlier.isPresent()) {
            answerRepeat(earlier.get(), fingerprint, key, request, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, captured);
            if (captured.getStatus() < 500) {
                store.complete(principal, key, new StoredResponse(fingerprint, captured.getStatus(),
                        captured.getContentType(), captured.getHeader(HttpHeaders.ETAG),
                        captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray()));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(principal, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private void answerRepeat(StoredResponse earlier, String fingerprint, String key, HttpServletRequest request,
                              HttpServletResponse response) throws IOException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            Problems.write(request, response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency key reused with a different request",
                    "Idempotency-Key " + key + " was first used with another request; use a new key"));
        } else if (earlier.status() == null) {
            Problems.write(request, response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-progress",
                    "The first request with this key is still running", "Retry in a moment for its answer"));
        } else {
            response.setStatus(earlier.status());
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.etag() != null) {
                response.setHeader(HttpHeaders.ETAG, earlier.etag());
            }
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (earlier.body() != null) {
                response.getOutputStream().write(earlier.body());
            }
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
