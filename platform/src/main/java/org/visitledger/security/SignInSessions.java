package org.visitledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.visitledger.requests.SignInForm;

/**
 * Where a request's sign-in is kept: in the session only where the sign-in form started one (a person in a browser,
 * issue 22), otherwise for the request alone, so that an API caller sending Basic credentials is never given a
 * session and every one of its requests is authenticated anew.
 */
final class SignInSessions implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final RequestAttributeSecurityContextRepository requests = new RequestAttributeSecurityContextRepository();
    private final DelegatingSecurityContextRepository either = new DelegatingSecurityContextRepository(sessions,
            requests);

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return either.loadDeferredContext(request);
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return either.loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        requests.saveContext(context, request, response);
        if (request.getSession(false) != null || SignInForm.isSubmission(request)) {
            sessions.saveContext(context, request, response);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return either.containsContext(request);
    }
}
