package org.visitledger.query.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.visitledger.security.ProviderScope;

import java.util.Set;

/**
 * What the caller may see: the provider URN a provider user is bound to, passed on as a scope so that the lists show
 * a provider its own visits only; and whether the caller sees confidential fields (the inspectorate and auditors do).
 */
final class CallerScope {

    private static final Set<String> SEE_CONFIDENTIAL = Set.of("ROLE_INSPECTOR", "ROLE_MANAGER", "ROLE_DUTY_DESK",
            "ROLE_REGIONAL_DIRECTOR", "ROLE_QA_MANAGER", "ROLE_AUDITOR");

    private CallerScope() {
    }

    static boolean seesConfidentialFields() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_CONFIDENTIAL::contains);
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
