package org.visitledger.security;

import org.springframework.security.core.Authentication;

import java.util.Optional;

/**
 * The authority that binds a provider user to one provider: {@code PROVIDER_URN:<urn>}. Granted here (demo users,
 * token claims) and read by both sides, which scope a provider's commands and reads to its own visits.
 */
public final class ProviderAuthority {

    public static final String PREFIX = "PROVIDER_URN:";

    private ProviderAuthority() {
    }

    public static String of(String urn) {
        return PREFIX + urn;
    }

    /** The provider URN the caller is bound to; empty for everyone but provider users (and for no caller). */
    public static Optional<String> urnOf(Authentication caller) {
        return PrefixedAuthority.valueOf(caller, PREFIX);
    }
}
