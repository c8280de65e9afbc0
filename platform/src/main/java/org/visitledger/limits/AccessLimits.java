package org.visitledger.limits;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.visitledger.problems.Problems;
import org.visitledger.requests.SignInForm;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * The allowances of reads and failed logins, per user and per client address (issue 19, defect 8): a password
 * guessed at, or a reader scraping the ledger, is slowed to the allowance and answered 429 with {@code Retry-After}.
 * The address is the connection's: behind a reverse proxy, configure forwarded headers (docs/operations.md).
 */
@Component
@EnableConfigurationProperties(AccessLimitsProperties.class)
public class AccessLimits {

    /** Spring Security's own reading of the header, as the Basic authentication filter does it. */
    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private final AccessLimitsProperties limits;
    private final RateLimiter userReads;
    private final RateLimiter addressReads;
    private final RateLimiter userFailures;
    private final RateLimiter addressFailures;

    public AccessLimits(AccessLimitsProperties limits, ObjectProvider<TimeMeter> clock) {
        TimeMeter time = clock.getIfAvailable(() -> TimeMeter.SYSTEM_NANOTIME);
        this.limits = limits;
        this.userReads = new RateLimiter(limits.readsPerMinute(), limits.readBurst(), time);
        this.addressReads = new RateLimiter(limits.addressReadsPerMinute(), limits.addressReadBurst(), time);
        this.userFailures = new RateLimiter(limits.failedLoginsPerUser(), limits.failedLoginWindow(),
                limits.failedLoginsPerUser(), time);
        this.addressFailures = new RateLimiter(limits.failedLoginsPerAddress(), limits.failedLoginWindow(),
                limits.failedLoginsPerAddress(), time);
    }

    /** Answers 429 and returns false when the request's user name or address has used up its failed logins. */
    boolean admitsLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong wait = userFailures.exhausted(basicUser(request));
        if (wait.isEmpty()) {
            wait = addressFailures.exhausted(request.getRemoteAddr());
        }
        if (wait.isEmpty()) {
            return true;
        }
        refuse(request, response, wait.getAsLong(), "too-many-failed-logins", "Too many failed logins",
                "Too many failed logins from this user or address: at most " + limits.failedLoginsPerUser()
                        + " per user and " + limits.failedLoginsPerAddress() + " per address every "
                        + limits.failedLoginWindow().toMinutes() + " minutes");
        return false;
    }

    /** Counts a request that sent credentials and was answered 401, or a sign-in the form was sent back from. */
    void loginFailed(HttpServletRequest request) {
        userFailures.tryAcquire(basicUser(request));
        addressFailures.tryAcquire(request.getRemoteAddr());
    }

    /** Takes one read from the user's and the address's allowances, or answers 429 and returns false. */
    boolean admitsRead(String user, HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong wait = userReads.tryAcquire("user:" + user);
        if (wait.isEmpty()) {
            wait = addressReads.tryAcquire(request.getRemoteAddr());
        }
        if (wait.isEmpty()) {
            return true;
        }
        refuse(request, response, wait.getAsLong(), "too-many-reads", "Too many reads",
                "A user may make " + limits.readsPerMinute() + " reads a minute and a client address "
                        + limits.addressReadsPerMinute() + "; wait as Retry-After says");
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long seconds, String type,
                               String title, String detail) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, type, title, detail));
    }

    /**
     * The user a sign-in names: an HTTP Basic header's, or the sign-in form's {@code username} ("" for none or another
     * scheme: the address alone then counts).
     */
    private static String basicUser(HttpServletRequest request) {
        if (SignInForm.isSubmission(request)) {
            String name = request.getParameter("username");
            return name == null ? "" : "user:" + name;
        }
        try {
            UsernamePasswordAuthenticationToken credentials = BASIC.convert(request);
            return credentials == null ? "" : "user:" + credentials.getName();
        } catch (AuthenticationException malformed) {
            return "";
        }
    }
}
