package org.visitledger.query.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.visitledger.query.history.Reader;
import org.visitledger.security.ProviderScope;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the caller may see: the provider URN a provider user is bound to, passed on as a scope so that the lists show
 * a provider its own visits only; and whether the caller sees confidential fields (the inspectorate and auditors do).
 */
final class CallerScope {

    private static final Set<String> INSPECTORATE = Set.of("ROLE_MANAGER", "ROLE_DUTY_DESK",
            "ROLE_REGIONAL_DIRECTOR", "ROLE_QA_MANAGER", "ROLE_AUDITOR");

    private CallerScope() {
    }

    /** How much of a visit's record the caller reads ({@link Reader}); a user with several roles, the most. */
    static Reader reader() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = caller == null ? Set.of() : caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (roles.stream().anyMatch(INSPECTORATE::contains)) {
            return Reader.INSPECTORATE;
        }
        if (roles.contains("ROLE_INSPECTOR")) {
            return Reader.INSPECTOR;
        }
        return providerUrn() != null ? Reader.PROVIDER : Reader.ANALYST;
    }

    static String actor() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? "anonymous" : caller.getName();
    }

    /** Null for everyone but provider users ({@link ProviderScope}). */
    static String providerUrn() {
        return ProviderScope.callerProviderUrn().orElse(null);
    }
}
