package org.visitledger.command.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.visitledger.security.AccessRules;

/**
 * Who may send which command: the command rows of the role matrix in the README (visit-process.md, "Who uses it").
 * Checked by the security filter before the request body is read, so a role that may not send a command gets 403
 * whatever it sent. A provider acts only on its own provider's visits ({@link ProviderScope}).
 */
@Component
public class CommandAccessRules implements AccessRules {

    private static final String VISIT = "/api/visits/*";
    private static final String INSPECTOR = "INSPECTOR";
    private static final String PROVIDER = "PROVIDER";
    private static final String MANAGER = "MANAGER";
    private static final String DUTY_DESK = "DUTY_DESK";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.POST, "/api/visits").hasRole(INSPECTOR)
                // Acts of the provider, which the inspectorate may also record (e.g. Annex A received by email).
                .requestMatchers(HttpMethod.POST, VISIT + "/annex-a", VISIT + "/information-requests/*/fulfilment",
                        VISIT + "/deferral-request", VISIT + "/provider-concerns", VISIT + "/provider-concerns/*/escalation",
                        VISIT + "/report/provider-comments", VISIT + "/complaints", VISIT + "/factual-accuracy-check")
                .hasAnyRole(INSPECTOR, PROVIDER)
                .requestMatchers(HttpMethod.POST, VISIT + "/information-requests", VISIT + "/arrival",
                        VISIT + "/concerns", VISIT + "/feedback", VISIT + "/report/qa-submission",
                        VISIT + "/report/draft", VISIT + "/report/final", VISIT + "/report/publication",
                        VISIT + "/notifications/*/sent", VISIT + "/notifications/*/confirmation")
                .hasRole(INSPECTOR)
                .requestMatchers(HttpMethod.POST, VISIT + "/withdrawal").hasAnyRole(INSPECTOR, MANAGER)
                .requestMatchers(HttpMethod.POST, VISIT + "/debrief", VISIT + "/case-review",
                        VISIT + "/complaints/*/outcome").hasRole(MANAGER)
                .requestMatchers(HttpMethod.POST, VISIT + "/deferral-decision", VISIT + "/pause", VISIT + "/resume",
                        VISIT + "/incomplete").hasRole(DUTY_DESK)
                .requestMatchers(HttpMethod.POST, VISIT + "/duty-desk-calls").hasAnyRole(INSPECTOR, DUTY_DESK)
                .requestMatchers(HttpMethod.POST, VISIT + "/conversion").hasRole("REGIONAL_DIRECTOR")
                .requestMatchers(HttpMethod.POST, VISIT + "/provisional-judgement-revision").hasRole("QA_MANAGER");
    }
}
