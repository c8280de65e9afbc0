package org.visitledger.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;
import java.util.Optional;

/**
 * An authority that carries a value after a prefix ({@code PROVIDER_URN:SC000001}, {@code ROLE_INSPECTOR}): what binds
 * a caller to it.
 */
final class PrefixedAuthority {

    private PrefixedAuthority() {
    }

    /** The value of the caller's first authority with this prefix; empty for none (and for no caller). */
    static Optional<String> valueOf(Authentication caller, String prefix) {
        return valuesOf(caller, prefix).stream().findFirst();
    }

    /** The values of all the caller's authorities with this prefix, in order; none for no caller. */
    static List<String> valuesOf(Authentication caller, String prefix) {
        if (caller == null) {
            return List.of();
        }
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(prefix))
                .map(authority -> authority.substring(prefix.length())).toList();
    }
}
