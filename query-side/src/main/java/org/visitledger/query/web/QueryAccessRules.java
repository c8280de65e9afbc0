package org.visitledger.query.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.visitledger.security.AccessRules;

/**
 * Who may read what: the read rows of the role matrix (docs/api.md, "Who may do what"). Providers read only their own visits, and
 * analysts and providers see confidential fields redacted ({@link CallerScope}); figures across all providers are
 * not for providers; who read which history is for auditors.
 */
@Component
public class QueryAccessRules implements AccessRules {

    private static final String[] INSPECTORATE = {"INSPECTOR", "MANAGER", "DUTY_DESK", "REGIONAL_DIRECTOR", "QA_MANAGER"};

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/visits", "/api/visits/*", "/api/visits/*/history",
                        "/api/visits/*/state", "/api/deadlines", "/api/notifications", "/api/analytics/grade-profile",
                        "/api/visits/*/concerns/*", "/api/visits/*/complaints/*", "/api/visits/*/information-requests/*",
                        "/api/visits/*/provider-concerns/*", "/api/visits/*/informal-concerns/*", "/api/events")
                .hasAnyRole(with(INSPECTORATE, "AUDITOR", "ANALYST", "PROVIDER"))
                .requestMatchers(HttpMethod.GET, "/api/audit/**").hasRole("AUDITOR")
                .requestMatchers(HttpMethod.GET, "/api/deadlines/summary", "/api/analytics/timeliness")
                .hasAnyRole(with(INSPECTORATE, "AUDITOR", "ANALYST"))
                .requestMatchers("/api/admin/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/me").authenticated();
    }

    private static String[] with(String[] roles, String... more) {
        String[] all = java.util.Arrays.copyOf(roles, roles.length + more.length);
        System.arraycopy(more, 0, all, roles.length, more.length);
        return all;
    }
}
