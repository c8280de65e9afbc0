package org.visitledger.security;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.visitledger.limits.AccessLimits;
import org.visitledger.limits.FailedLoginLimit;

import java.util.List;

/**
 * The one filter chain, whichever way callers authenticate ({@link ApiAuthentication}: demo users in the embedded
 * profile, bearer JWTs otherwise). Every request is authenticated; the role matrix of the sides running in this process ({@link AccessRules}) is checked here,
 * before a request body is read; failures answer problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    /** The web pages and what they load, all from the jar (issue 22). */
    static final String[] WEB_PAGES = {"/", "/*.html", "/web/**", "/favicon.ico"};

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, ApiAuthentication authentication,
                                           List<AccessRules> accessRules, AccessLimits limits)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(authentication);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll();
                    // The API's description holds no data: open, so that tools and Swagger UI can read it.
                    auth.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    // The web pages hold no data (they read it through the API, as their reader may): open, so that a
                    // person not yet signed in is shown the sign-in form rather than a 401.
                    auth.requestMatchers(HttpMethod.GET, WEB_PAGES).permitAll();
                    // Metrics describe every visit's traffic: for administrators (their scrapers) only.
                    auth.requestMatchers("/actuator/prometheus").hasRole("ADMIN");
                    accessRules.forEach(rules -> rules.apply(auth));
                    // Every API endpoint has a rule above (RoleMatrixTest checks the list); what is left is an unknown
                    // path or method, answered 404 or 405 to an authenticated caller.
                    auth.anyRequest().authenticated();
                })
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()));
        // Before any authentication: a user or address past its failed logins is refused, whatever it sends.
        http.addFilterAfter(new FailedLoginLimit(limits), SecurityContextHolderFilter.class);
        authentication.configure(http, problems.unauthenticated(), problems.forbidden());
        return http.build();
    }

    /**
     * No Micrometer observation around each of the chain's fifteen filters, the authentication and the authorization
     * of every request (issue 24: the wrapping showed in the profile of every request). The request itself is still
     * observed once, as {@code http.server.requests}.
     */
    @Bean
    public SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
