package org.visitledger.query.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The provider URN a provider user is bound to (authority {@code PROVIDER_URN:<urn>}), or null for everyone else.
 * Reads pass it on as a scope so that a provider sees its own visits only.
 */
final class CallerScope {

    private static final String URN_AUTHORITY_PREFIX = "PROVIDER_URN:";

    private CallerScope() {
    }

    static String providerUrn() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            return null;
        }
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(URN_AUTHORITY_PREFIX))
                .map(authority -> authority.substring(URN_AUTHORITY_PREFIX.length())).findFirst().orElse(null);
    }
}
