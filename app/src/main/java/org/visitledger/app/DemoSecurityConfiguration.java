package org.visitledger.app;

import org.springframework.context.annotation.Bean;
import org.visitledger.command.web.CommandAccessRules;
import org.visitledger.command.web.ProviderScope;
import org.visitledger.query.web.QueryAccessRules;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The embedded default's authentication: HTTP Basic with the demo users of api.md (password = user name).
 * Every API request must be authenticated; failures answer problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class DemoSecurityConfiguration {

    /** api.md "Demo users": user name → role. The provider user is bound to provider URN SC000001. */
    static final Map<String, String> DEMO_USERS = Map.of(
            "inspector", "INSPECTOR", "manager", "MANAGER", "dutydesk", "DUTY_DESK",
            "director", "REGIONAL_DIRECTOR", "qa", "QA_MANAGER", "auditor", "AUDITOR",
            "analyst", "ANALYST", "admin", "ADMIN", "provider", "PROVIDER");

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Every request is authenticated; the role matrix of both sides is checked here, before a request body is read.
     */
    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, CommandAccessRules commandAccess,
                                           QueryAccessRules queryAccess) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll();
                    commandAccess.apply(auth);
                    queryAccess.apply(auth);
                    // Every API endpoint has a rule above (RoleMatrixTest checks the list); what is left is an unknown
                    // path or method, answered 404 or 405 to an authenticated caller.
                    auth.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                                "Send HTTP Basic credentials of a known user")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problem(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                                        "Send HTTP Basic credentials of a known user"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                                        "Your role may not do this")))
                .build();
    }

    /**
     * HTTP Basic checks the password on every request; the demo passwords are their user names, so a low bcrypt
     * cost loses nothing and saves ~70 ms a request. It must be the encoder itself: with the default delegating
     * encoder Spring Security "upgrades" a cheap hash to cost 10 after the first login.
     */
    @Bean
    public PasswordEncoder demoPasswordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The provider demo user is bound to this provider URN: it sees and acts on that provider's visits only. */
    static final String DEMO_PROVIDER_URN = "SC000001";

    @Bean
    public UserDetailsService demoUsers(PasswordEncoder encoder) {
        List<UserDetails> users = DEMO_USERS.entrySet().stream()
                .map(user -> User.withUsername(user.getKey()).password(encoder.encode(user.getKey()))
                        .authorities(authorities(user.getValue())).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    private static String[] authorities(String role) {
        return "PROVIDER".equals(role) ? new String[]{"ROLE_PROVIDER", ProviderScope.URN_AUTHORITY_PREFIX + DEMO_PROVIDER_URN}
                : new String[]{"ROLE_" + role};
    }

    private void problem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:visit-ledger:problem:" + type));
        problem.setTitle(title);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"visit-ledger\"");
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
