package org.visitledger.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * One side's rows of the role matrix (docs/api.md, "Who may do what"). Each side that runs in a process contributes its
 * rules to the one filter chain ({@link ApiSecurityConfiguration}); a process that runs only one side knows only
 * that side's endpoints.
 */
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth);
}
