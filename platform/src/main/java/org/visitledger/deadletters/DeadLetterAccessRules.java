package org.visitledger.deadletters;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.visitledger.security.AccessRules;

/** The dead-letter administration is the administrator's, on whichever side runs it. */
@Component
public class DeadLetterAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers("/api/admin/dead-letters", "/api/admin/dead-letters/**").hasRole("ADMIN");
    }
}
