package org.visitledger.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;
import java.util.Map;

/**
 * The embedded default's authentication: HTTP Basic with the demo users of docs/api.md (password = user name). Only in
 * the {@value #PROFILE} profile (the default one, application.yml): anywhere else these users do not exist and
 * callers need bearer tokens ({@link JwtConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoUsersConfiguration.PROFILE)
public class DemoUsersConfiguration {

    static final String PROFILE = "embedded";

    /**
     * docs/api.md, "Authentication": user name → role. The provider user is bound to provider URN SC000001, the
     * council user (a provider too: the council is the provider of an LA inspection) to local authority LA881.
     */
    static final Map<String, String> DEMO_USERS = Map.of(
            "inspector", "INSPECTOR", "manager", "MANAGER", "dutydesk", "DUTY_DESK",
            "director", "REGIONAL_DIRECTOR", "qa", "QA_MANAGER", "auditor", "AUDITOR",
            "analyst", "ANALYST", "admin", "ADMIN", "provider", "PROVIDER", "council", "PROVIDER");

    /** The provider the provider-role demo users are bound to: each sees and acts on its own visits only. */
    static final Map<String, String> DEMO_PROVIDER_URNS = Map.of("provider", "SC000001", "council", "LA881");

    /** The person the demo inspector is, as the tour's announcements name their lead inspector ({@link InspectorName}). */
    static final Map<String, String> DEMO_INSPECTOR_NAMES = Map.of("inspector", "Jo Smith");

    @Bean
    public ApiAuthentication demoUsersAuthentication() {
        return new HttpBasicAuthentication();
    }

    /**
     * HTTP Basic checks the password on every request; the demo passwords are their user names, so a low bcrypt
     * cost loses nothing, and a password that matched is remembered ({@link RememberedPasswords}) so that bcrypt
     * runs once per user, not once per request. It must be bcrypt itself underneath: with the default delegating
     * encoder Spring Security "upgrades" a cheap hash to cost 10 after the first login.
     */
    @Bean
    public PasswordEncoder demoPasswordEncoder() {
        return new RememberedPasswords(new BCryptPasswordEncoder(4));
    }

    @Bean
    public UserDetailsService demoUsers(PasswordEncoder encoder) {
        List<UserDetails> users = DEMO_USERS.entrySet().stream()
                .map(user -> User.withUsername(user.getKey()).password(encoder.encode(user.getKey()))
                        .authorities(authorities(user.getKey(), user.getValue())).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    private static String[] authorities(String user, String role) {
        if ("PROVIDER".equals(role)) {
            return new String[]{"ROLE_PROVIDER", ProviderAuthority.of(DEMO_PROVIDER_URNS.get(user))};
        }
        String name = DEMO_INSPECTOR_NAMES.get(user);
        return name == null ? new String[]{"ROLE_" + role} : new String[]{"ROLE_" + role, InspectorName.authority(name)};
    }
}
