package org.visitledger.integrity;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.visitledger.security.AccessRules;

/** An auditor proves a visit's history; the administrator verifies the whole store. */
@Component
public class IntegrityAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/visits/*/integrity").hasRole("AUDITOR")
                .requestMatchers("/api/admin/integrity/**").hasRole("ADMIN");
    }
}
