package org.visitledger.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.visitledger.command.web.CommandAccessRules;
import org.visitledger.query.web.QueryAccessRules;

/**
 * The one filter chain, whichever way callers authenticate ({@link ApiAuthentication}: demo users in the embedded
 * profile, bearer JWTs otherwise). Every request is authenticated; the role matrix of both sides is checked here,
 * before a request body is read; failures answer problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, ApiAuthentication authentication,
                                           CommandAccessRules commandAccess, QueryAccessRules queryAccess)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(authentication);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll();
                    commandAccess.apply(auth);
                    queryAccess.apply(auth);
                    // Every API endpoint has a rule above (RoleMatrixTest checks the list); what is left is an unknown
                    // path or method, answered 404 or 405 to an authenticated caller.
                    auth.anyRequest().authenticated();
                })
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()));
        authentication.configure(http, problems.unauthenticated(), problems.forbidden());
        return http.build();
    }
}
