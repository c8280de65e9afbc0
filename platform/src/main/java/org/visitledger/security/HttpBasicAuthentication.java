package org.visitledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.visitledger.requests.SignInForm;

/**
 * HTTP Basic against the user details service (the demo users of the embedded profile), and for people in a browser
 * a sign-in form (issue 22): {@code POST /login} with {@code username} and {@code password} starts a session whose
 * cookie then carries them, to the pages and to the API they read. An API caller that sends Basic gets no session.
 */
final class HttpBasicAuthentication implements ApiAuthentication {

    @Override
    public void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden) {
        http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
        // A session only where the form created one: Basic keeps its context for the request alone.
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .securityContext(context -> context.securityContextRepository(new SignInSessions()))
                // Nothing is saved to come back to after signing in (the form always leads to the dashboard): a
                // refused API call must not start a session either.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .formLogin(form -> form.loginPage(SignInForm.PAGE).loginProcessingUrl(SignInForm.PATH)
                        .defaultSuccessUrl("/", true).failureUrl(SignInForm.FAILED).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(SignInForm.PAGE + "?out").permitAll());
    }

    /**
     * A page's own reads ({@code X-Requested-With: XMLHttpRequest}) get no Basic challenge, which would make the
     * browser ask for a password in its own dialog: the page sends the person to the sign-in form instead.
     */
    @Override
    public void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"visit-ledger\"");
        }
    }

    @Override
    public String credentialsWanted() {
        return "Send HTTP Basic credentials of a known user, or sign in at " + SignInForm.PAGE;
    }
}
