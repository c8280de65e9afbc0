package org.visitledger.requests;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The web pages' sign-in form (issue 22), as both the security chain (which handles it) and the failed-login limit
 * (which counts its failures) must recognise it: where it is, where it is posted, and where a failure is sent back.
 */
public final class SignInForm {

    public static final String PAGE = "/login.html";
    public static final String PATH = "/login";
    public static final String FAILED = PAGE + "?error";

    private SignInForm() {
    }

    /** A POST of the form, with its {@code username} and {@code password}. */
    public static boolean isSubmission(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PATH.equals(request.getServletPath());
    }

    /** Whether this answer to a submission sends the browser back to the form as a failed sign-in. */
    public static boolean sentBack(HttpServletRequest request, HttpServletResponse response) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        return isSubmission(request) && location != null && location.endsWith(FAILED);
    }
}
