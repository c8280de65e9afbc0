package org.visitledger.command.web;

import org.visitledger.lifecycle.CommandRoutes;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.visitledger.security.AccessRules;

/**
 * Who may send which command: the command rows of the role matrix, from {@link CommandRoutes}. Checked by the
 * security filter before the request body is read, so a role that may not send a command gets 403 whatever it sent.
 * A provider acts only on its own provider's visits ({@link CommandSender}).
 */
@Component
public class CommandAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        for (CommandRoutes.Route route : CommandRoutes.ALL) {
            auth.requestMatchers(HttpMethod.POST, route.pattern()).hasAnyRole(route.roles().toArray(String[]::new));
        }
    }
}
